package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    void withoutAnArchiveTheStartAsksForOneAndWithASealedOneItMapsItAndMarksTheStart() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();

        List<String> before = archive.vmOptions();
        Files.createDirectories(archive.file().getParent());
        Files.write(archive.file(), new byte[] {42});
        ArchiveSeal.seal(archive.file());
        List<String> after = archive.vmOptions();

        Path mark = archive.file().resolveSibling(archive.file().getFileName() + "." + ProcessHandle.current().pid()
                + ".start");
        assertThat(before).containsExactly("-D" + ClassDataArchive.MAKE_PROPERTY + "=" + archive.file());
        assertThat(after).containsExactly("-XX:SharedArchiveFile=" + archive.file(), "-Xshare:auto",
                "-D" + ArchiveStartMarks.PROPERTY + "=" + mark);
        assertThat(mark).exists();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Damage.class, mode = EnumSource.Mode.EXCLUDE,
            names = "FLIPPED_BETWEEN_SAMPLES_KEEPING_THE_TIME")
    void aDamagedArchiveIsNeitherMappedNorKeptAndTheStartAsksForANewOne(Damage damage) throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();
        sealedStandIn(archive.file());

        damage.apply(archive.file());
        List<String> options = archive.vmOptions();

        assertThat(options).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"))
                .contains("-D" + ClassDataArchive.MAKE_PROPERTY + "=" + archive.file())
                .anyMatch(option -> option.startsWith("-D" + ClassDataArchive.DROPPED_PROPERTY + "="));
        assertThat(archive.file()).doesNotExist();
        assertThat(ArchiveSeal.fileOf(archive.file())).doesNotExist();
        assertThat(archive.vmOptions()).containsExactly("-D" + ClassDataArchive.MAKE_PROPERTY + "=" + archive.file());
    }

    @Test
    void anArchiveWithoutASealIsNotMappedAndIsDeleted() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();
        sealedStandIn(archive.file());
        Files.delete(ArchiveSeal.fileOf(archive.file()));

        assertThat(archive.intact()).isFalse();
        assertThat(archive.file()).doesNotExist();
    }

    @Test
    void anArchiveAStartDiedWhileMappingIsDeletedByTheNextStart() throws Exception {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();
        sealedStandIn(archive.file());
        Process ended = new ProcessBuilder(JAVA, "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(ended.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.createFile(archive.file().resolveSibling(archive.file().getFileName() + "." + ended.pid() + ".start"));

        List<String> options = archive.vmOptions();

        assertThat(options).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        try (var files = Files.list(archive.file().getParent())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anArchiveAnotherStartIsStillMappingIsMappedToo() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();
        sealedStandIn(archive.file());
        ArchiveStartMarks.mark(archive.file());

        assertThat(archive.vmOptions()).contains("-XX:SharedArchiveFile=" + archive.file());
        assertThat(archive.file()).exists();
    }

    @Test
    void damageBetweenTheSamplesIsFoundInTheBackgroundAndTheArchiveDeleted() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();
        sealedStandIn(archive.file());
        Damage.FLIPPED_BETWEEN_SAMPLES_KEEPING_THE_TIME.apply(archive.file());
        assertThat(archive.intact()).as("the samples a start reads miss this damage").isTrue();

        boolean whole = ClassDataArchive.checkWhole(archive.file());

        assertThat(whole).isFalse();
        assertThat(archive.file()).doesNotExist();
        assertThat(archive.vmOptions()).containsExactly("-D" + ClassDataArchive.MAKE_PROPERTY + "=" + archive.file());
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

        Path olderSeal = Files.write(cache.resolve("classes-0123456789abcdef.jsa.seal"), new byte[] {1});
        Path olderMark = Files.write(cache.resolve("classes-0123456789abcdef.jsa.1.start"), new byte[0]);

        archive.make();
        List<String> made;
        try (var files = Files.list(cache)) {
            made = files.map(file -> file.getFileName().toString()).toList();
        }
        String loaded = run(archive.vmOptions(), "-Xlog:class+load", "-cp", jar().toString(), Probe.class.getName());

        assertThat(archive.file()).isRegularFile();
        assertThat(archive.intact()).isTrue();
        assertThat(List.of(older, olderSeal, olderMark)).allMatch(Files::notExists);
        assertThat(loaded).contains("probe ran").containsPattern(Probe.class.getName().replace("$", "\\$")
                + " source: shared objects file");
        assertThat(made).containsExactlyInAnyOrder(archive.file().getFileName().toString(),
                ArchiveSeal.fileOf(archive.file()).getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Damage.class, names = {"TRUNCATED", "FLIPPED_IN_THE_MIDDLE"})
    void aVmStartedWithTheOptionsOfADamagedMadeArchiveRunsAndTheArchiveIsGone(Damage damage) throws Exception {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow()
                .withClassList("/app/contactshield/desktop/probe-classes.txt");
        archive.make();

        damage.apply(archive.file());
        String output = run(archive.vmOptions(), "-Xlog:class+load", "-cp", jar().toString(), Probe.class.getName());

        assertThat(output).contains("probe ran").doesNotContainPattern(Probe.class.getName().replace("$", "\\$")
                + " source: shared objects file");
        assertThat(archive.file()).doesNotExist();
    }

    @Test
    void aStartWithADamagedArchiveRunsWithoutIt() throws Exception {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow();
        Files.createDirectories(archive.file().getParent());
        Files.write(archive.file(), "not an archive".getBytes(StandardCharsets.UTF_8));

        String output = run(archive.vmOptions(), "-cp", jar().toString(), Probe.class.getName());

        assertThat(output).isEqualTo("probe ran" + System.lineSeparator());
        assertThat(archive.file()).doesNotExist();
    }

    @Test
    void aFailedAttemptIsNotRepeatedForTheSameJar() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(jar(), dir.resolve("cache"), JAVA).orElseThrow()
                .withClassList("/no/such/list.txt");

        assertThatThrownBy(archive::make).isInstanceOf(IOException.class).hasMessageContaining("/no/such/list.txt");

        assertThat(archive.vmOptions()).isEmpty();
        assertThat(archive.file()).doesNotExist();
    }

    /** A sealed file of 3 MB where the archive goes: the checks read its size, time and bytes, not its meaning. */
    private static void sealedStandIn(Path archive) throws IOException {
        Files.createDirectories(archive.getParent());
        byte[] bytes = new byte[3 << 20];
        new Random(14).nextBytes(bytes);
        Files.write(archive, bytes);
        ArchiveSeal.seal(archive);
    }

    /** Ways an archive gets damaged after it was made. */
    enum Damage {
        TRUNCATED {
            @Override
            void change(RandomAccessFile file) throws IOException {
                file.setLength(file.length() * 2 / 3);
            }
        },
        FLIPPED_IN_THE_MIDDLE {
            @Override
            void change(RandomAccessFile file) throws IOException {
                flip(file, file.length() / 2, 4096);
            }
        },
        REPLACED_BY_ONE_OF_THE_SAME_SIZE {
            @Override
            void change(RandomAccessFile file) throws IOException {
                flip(file, 0, (int) file.length());
            }
        },
        FLIPPED_IN_THE_HEADER_KEEPING_THE_TIME {
            @Override
            void change(RandomAccessFile file) throws IOException {
                flip(file, 100, 8);
            }

            @Override
            boolean keepsTime() {
                return true;
            }
        },
        LENGTHENED {
            @Override
            void change(RandomAccessFile file) throws IOException {
                file.setLength(file.length() + 4096);
            }
        },
        FLIPPED_BETWEEN_SAMPLES_KEEPING_THE_TIME {
            @Override
            void change(RandomAccessFile file) throws IOException {
                flip(file, 64 * 1024 + 8192, 16);
            }

            @Override
            boolean keepsTime() {
                return true;
            }
        };

        abstract void change(RandomAccessFile file) throws IOException;

        boolean keepsTime() {
            return false;
        }

        void apply(Path archive) throws IOException {
            FileTime time = Files.getLastModifiedTime(archive);
            archive.toFile().setWritable(true, true);
            try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
                change(file);
            }
            archive.toFile().setWritable(false, false);
            Files.setLastModifiedTime(archive, keepsTime() ? time : FileTime.fromMillis(time.toMillis() + 2_000));
        }

        private static void flip(RandomAccessFile file, long at, int length) throws IOException {
            byte[] bytes = new byte[length];
            file.seek(at);
            file.readFully(bytes);
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            file.seek(at);
            file.write(bytes);
        }
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
