package app.contactshield.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VM options the Linux packages' launcher starts the app with (the pom's {@code jpackage.java.options}), run by
 * the JDK that builds the packages: jlink takes the packaged runtime from it, so what this VM accepts, the installed
 * launcher accepts.
 */
class LauncherOptionsTest {

    private static List<String> options;

    @BeforeAll
    static void readOptions() throws Exception {
        String text = Xml.descendants(Xml.parse(Path.of("pom.xml")), "jpackage.java.options").get(0).getTextContent();
        options = List.of(text.trim().split("\\s+"));
    }

    @Test
    void theBuildingRuntimeStartsWithTheLauncherOptions() throws Exception {
        Run run = java("-version");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("Unrecognized", "Error", "warning");
    }

    @Test
    void theLauncherVmUsesTheSerialCollectorWithTheLeanHeap() throws Exception {
        Run run = java("-XX:+PrintFlagsFinal", "-version");

        assertThat(flag(run, "UseSerialGC")).contains("true");
        assertThat(flag(run, "ShrinkHeapInSteps")).contains("false");
        assertThat(flag(run, "MaxHeapSize")).contains(String.valueOf(2L << 30));
    }

    @Test
    void theLauncherVmTrimsTheNativeHeapWhereTheRuntimeCanAndStartsWhereItCannot() throws Exception {
        Run run = java("-XX:+PrintFlagsFinal", "-version");

        Optional<String> trim = flag(run, "TrimNativeHeapInterval");

        assertThat(run.exitCode()).isZero();
        trim.ifPresent(value -> assertThat(value).isEqualTo("10000"));
        assertThat(options).containsSubsequence("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TrimNativeHeapInterval=10000");
    }

    @Test
    void theLauncherMapsTheArchiveThePackageMakesAndStartsWithoutIt() throws Exception {
        Run run = java("-XX:+PrintFlagsFinal", "-version");

        assertThat(options).contains("-XX:SharedArchiveFile=$APPDIR/contact-shield.jsa", "-Xshare:auto");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(flag(run, "SharedArchiveFile")).contains("$APPDIR/contact-shield.jsa");
    }

    private static Optional<String> flag(Run run, String name) {
        return run.output().lines().map(String::trim).filter(l -> l.split("\\s+").length >= 4)
                .filter(l -> l.split("\\s+")[1].equals(name)).map(l -> l.split("\\s+")[3]).findFirst();
    }

    private static Run java(String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exitCode, String output) {
    }
}
