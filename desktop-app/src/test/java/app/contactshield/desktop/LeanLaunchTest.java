package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.store.StoreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When {@code java -jar} starts the desktop app in a lean child VM, and with which heap. */
class LeanLaunchTest {
    @TempDir
    Path dir;

    @Test
    void theChildVmUsesTheSerialCollectorAndAHeapCeilingThatGrowsWithTheStore() {
        List<String> empty = LeanLaunch.childFlags(0);
        List<String> big = LeanLaunch.childFlags(140L << 20);

        assertThat(empty).contains("-XX:+UseSerialGC", "-Xmn16m", "-Xmx256m", "-XX:-ShrinkHeapInSteps",
                "-Dprism.order=sw");
        assertThat(empty).noneMatch(flag -> flag.contains("HeapFreeRatio"));
        assertThat(big).contains("-Xmx536m");
        assertThat(LeanLaunch.childFlags(100L << 30)).contains("-Xmx4096m");
    }

    @Test
    void theChildVmTrimsItsNativeHeapOnlyWhereTheVmKnowsTheOption() {
        boolean known = LeanLaunch.knowsVmOption("TrimNativeHeapInterval");

        List<String> flags = LeanLaunch.childFlags(0);

        assertThat(flags.stream().anyMatch(flag -> flag.startsWith("-XX:TrimNativeHeapInterval="))).isEqualTo(known);
        assertThat(LeanLaunch.knowsVmOption("NoSuchOptionAnywhere")).isFalse();
    }

    @Test
    void theHeapIsSizedFromTheStoreFileOfTheChosenDataDirectory() throws IOException {
        Files.write(StoreFiles.databaseFile(dir), new byte[4096]);

        assertThat(LeanLaunch.storeBytes(Optional.of(dir))).isEqualTo(4096);
        assertThat(LeanLaunch.storeBytes(Optional.of(dir.resolve("none")))).isZero();
    }

    @Test
    void aDataDirTheFileNameEncodingCannotHoldKeepsTheAppInTheFirstVmWhichSaysWhy() {
        String unencodable = "/tmp/contact-shield-\ud800";

        assertThat(LeanLaunch.namesADataDir(new String[] {"--data-dir", unencodable})).isFalse();
        assertThat(LeanLaunch.namesADataDir(new String[] {"--data-dir=" + unencodable})).isFalse();
        assertThat(LeanLaunch.namesADataDir(new String[] {"--data-dir", "/tmp/contact-shield-\u00e4"})).isTrue();
        assertThat(LeanLaunch.namesADataDir(new String[] {"tel:+49897104201"})).isTrue();
    }

    @Test
    void onlyTheDesktopStartRelaunchesNeverASubcommandOrHelp() {
        assertThat(LeanLaunch.startsDesktop(new String[0])).isTrue();
        assertThat(LeanLaunch.startsDesktop(new String[] {"--data-dir", "/tmp/x", "tel:+4989123"})).isTrue();
        assertThat(LeanLaunch.startsDesktop(new String[] {"--data-dir=/tmp/x"})).isTrue();

        assertThat(LeanLaunch.startsDesktop(new String[] {"sync"})).isFalse();
        assertThat(LeanLaunch.startsDesktop(new String[] {"--data-dir", "/tmp/x", "identify", "+49"})).isFalse();
        assertThat(LeanLaunch.startsDesktop(new String[] {"--help"})).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmx512m", "-XX:MaxRAMPercentage=25", "-XX:+UseG1GC", "-XX:+UseSerialGC",
        "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/opt/agent.jar"})
    void aCommandLineThatChoosesMemoryOrAttachesAToolIsLeftAsItIs(String option) {
        assertThat(LeanLaunch.choosesMemory(List.of("-Dfoo=bar", option))).isTrue();
        assertThat(LeanLaunch.choosesMemory(List.of("-Dfoo=bar", "-Xss1m"))).isFalse();
    }

    @Test
    void onlyAVmStartedWithTheAppsJarRelaunches() throws IOException {
        Path jar = Files.write(dir.resolve("contact-shield.jar"), new byte[1]);

        assertThat(LeanLaunch.ownJar(jar.toString(), jar + " tel:+4989")).contains(jar.toAbsolutePath());
        assertThat(LeanLaunch.ownJar(jar + java.io.File.pathSeparator + "other.jar", "app.Main")).isEmpty();
        assertThat(LeanLaunch.ownJar(dir.resolve("classes").toString(), "app.contactshield.desktop.Main")).isEmpty();
    }
}
