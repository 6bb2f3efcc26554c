package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class data archive of the app's jar: where it lives, when a start uses it, and that a made one works. */
class ClassDataArchiveTest {
    private static final String JAVA = LeanLaunch.javaCommand();

    @TempDir
    Path dir;

    @Test
    void theArchivesLiveInThePlatformsPerUserCacheFolder() {
        assertThat(ClassDataArchive.cacheDirectory(Map.of(), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.cache/contact-shield"));
        assertThat(ClassDataArchive.cacheDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/ada"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/var/cache/ada/contact-shield"));
        assertThat(ClassDataArchive.cacheDirectory(Map.of(), "Mac OS X", "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada/Library/Caches/Contact Shield"));
        assertThat(ClassDataArchive.cacheDirectory(Map.of("LOCALAPPDATA", "C:\\Users\\ada\\AppData\\Local"),
                "Windows 11", "C:\\Users\\ada")).isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Local", "ContactShield",
                "Cache"));
    }

    @Test
    void anUpdatedJarGetsAnArchiveOfItsOwn() throws IOException {
        Path jar = Files.write(dir.resolve("contact-shield.jar"), new byte[] {1, 2, 3});
        Path cache = dir.resolve("cache");

        Path first = ClassDataArchive.of(jar, cache, JAVA).orElseThrow().file();
        Path again = ClassDataArchive.of(jar, cache, JAVA).orElseThrow().file();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Path touched = ClassDataArchive.of(jar, cache, JAVA).orElseThrow().file();
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Path rebuilt = ClassDataArchive.of(jar, cache, JAVA).orElseThrow().file();

        assertThat(first).isEqualTo(again);
        assertThat(first.getParent()).isEqualTo(cache);
        assertThat(List.of(touched, rebuilt)).doesNotContain(first).doesNotHaveDuplicates();
        assertThat(ClassDataArchive.of(dir.resolve("missing.jar"), cache, JAVA)).isEmpty();
    }

    @Test
    void withoutAnArchiveTheStartAsksForOneAndWithOneItMapsIt() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();

        List<String> before = archive.vmOptions();
        Files.createDirectories(archive.file().getParent());
        Files.write(archive.file(), new byte[] {42});
        List<String> after = archive.vmOptions();

        assertThat(before).containsExactly("-D" + ClassDataArchive.MAKE_PROPERTY + "=" + archive.file());
        assertThat(after).containsExactly("-XX:SharedArchiveFile=" + archive.file(), "-Xshare:auto");
    }

    @Test
    void anArchiveOthersCouldHaveWrittenIsNotUsed() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();
        Files.createDirectories(archive.file().getParent());
        Files.write(archive.file(), new byte[] {42});

        Files.setPosixFilePermissions(archive.file(), PosixFilePermissions.fromString("rw-rw-r--"));

        assertThat(archive.usable()).isFalse();
        assertThat(archive.vmOptions()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void aMadeArchiveServesTheJarsClassesAndReplacesTheArchivesOfOlderJars() throws Exception {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Path older = Files.write(cache.resolve("classes-0123456789abcdef.jsa"), new byte[] {1});
        ClassDataArchive archive = ClassDataArchive.of(jar(), cache, JAVA).orElseThrow()
                .withClassList("/app/contactshield/desktop/probe-classes.txt");

        archive.make();
        String loaded = run(archive.vmOptions(), "-Xlog:class+load", "-cp", jar().toString(), Probe.class.getName());

        assertThat(archive.file()).isRegularFile();
        assertThat(archive.usable()).isTrue();
        assertThat(older).doesNotExist();
        assertThat(loaded).contains("probe ran").containsPattern(Probe.class.getName().replace("$", "\\$")
                + " source: shared objects file");
        try (var files = Files.list(cache)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly(
                    archive.file().getFileName().toString());
        }
    }

    @Test
    void aStartWithADamagedArchiveRunsWithoutIt() throws Exception {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();
        Files.createDirectories(archive.file().getParent());
        Files.write(archive.file(), "not an archive".getBytes(StandardCharsets.UTF_8));

        String output = run(archive.vmOptions(), "-cp", jar().toString(), Probe.class.getName());

        assertThat(output).isEqualTo("probe ran" + System.lineSeparator());
    }

    @Test
    void aFailedAttemptIsNotRepeatedForTheSameJar() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow()
                .withClassList("/no/such/list.txt");

        assertThatThrownBy(archive::make).isInstanceOf(IOException.class).hasMessageContaining("/no/such/list.txt");

        assertThat(archive.vmOptions()).isEmpty();
        assertThat(archive.file()).doesNotExist();
    }

    /** A jar with the probe class, built once per test. */
    private Path jar() throws IOException {
        Path jar = dir.resolve("probe.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        String entry = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                InputStream in = Probe.class.getResourceAsStream("/" + entry)) {
            zip.putNextEntry(new JarEntry(entry));
            in.transferTo(zip);
            zip.closeEntry();
        }
        return jar;
    }

    private static String run(List<String> vmOptions, String... rest) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(vmOptions);
        command.addAll(List.of(rest));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** A class for the archive to hold. */
    public static final class Probe {
        private Probe() {
        }

        public static void main(String[] args) {
            System.out.println("probe ran");
        }
    }
}
