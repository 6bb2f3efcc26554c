package app.contactshield.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class data archive of the app's jar: the classes a start loads (the JDK's, the toolkit's, the store's and the
 * app's), already parsed, verified and laid out as the VM keeps them, mapped from one file instead of read from the
 * 35 MB jar. With it the lean child VM shows the main window about a second sooner (ADR 0014).
 *
 * <p>The archive is made from a list of class names that ships in the jar ({@value #CLASS_LIST}, recorded from a
 * start of the benchmark's invented store), by a VM of its own that only loads those classes ({@code -Xshare:dump}):
 * no run that opened the user's store or showed a window contributes to it, and it holds class metadata only. Its
 * file name carries a digest of the jar (path, size, time) and of the VM, so an updated jar or Java gets a new one and
 * the old one is deleted when the new one is made. The VM checks the archive's header itself and starts without it
 * when it was made for another VM ({@code -Xshare:auto}), but it crashes on an archive that is truncated or has
 * damaged bytes; so a start maps the archive only when it still matches the {@link ArchiveSeal seal} written when it
 * was made and no earlier start died while mapping it ({@link ArchiveStartMarks}), and otherwise deletes it, starts
 * without it and asks for a new one: an archive can make a start faster, never stop one. An archive that others
 * could have written is never used. Made once, in the background, after the first index of a start without one (see
 * {@link #makeLaterIfAsked()}); a failed attempt leaves a marker and is not repeated for the same jar and VM.
 */
public final class ClassDataArchive {
    /** The class list in the jar, in the format of {@code -XX:DumpLoadedClassList}. */
    public static final String CLASS_LIST = "/app/contactshield/desktop/startup-classes.txt";
    /** Set in the child VM to the archive it should make, when there was none to start with. */
    public static final String MAKE_PROPERTY = "contactshield.classdata.make";
    /** Set in the child VM when the start deleted a damaged archive, to say why in the app's log. */
    static final String DROPPED_PROPERTY = "contactshield.classdata.dropped";
    private static final String PREFIX = "classes-";
    private static final String SUFFIX = ".jsa";
    private static final String FAILED = ".failed";
    private static final long DUMP_TIMEOUT_SECONDS = 180;
    private static final long STALE_MINUTES = 30;
    private static final long MAKE_AFTER_SECONDS = 15;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    private final Path jar;
    private final Path archive;
    private final String javaCommand;
    private final String classList;

    private ClassDataArchive(Path jar, Path archive, String javaCommand, String classList) {
        this.jar = jar;
        this.archive = archive;
        this.javaCommand = javaCommand;
        this.classList = classList;
    }

    /** The same archive made from another class list on the class path (tests). */
    ClassDataArchive withClassList(String resource) {
        return new ClassDataArchive(jar, archive, javaCommand, resource);
    }

    /**
     * The archive for a jar run by this VM's Java, in {@code cacheDir}; empty when the jar cannot be read (its size
     * and time name the archive).
     */
    public static Optional<ClassDataArchive> of(Path jar, Path cacheDir, String javaCommand) {
        try {
            Path real = jar.toRealPath();
            String identity = String.join("\n", real.toString(), Long.toString(Files.size(real)),
                    Long.toString(Files.getLastModifiedTime(real).toMillis()), System.getProperty("java.home", ""),
                    System.getProperty("java.vm.name", ""), System.getProperty("java.vm.version", ""));
            String name = PREFIX + Long.toHexString(fingerprint(identity)) + SUFFIX;
            return Optional.of(new ClassDataArchive(real, cacheDir.resolve(name), javaCommand, CLASS_LIST));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A 64-bit FNV-1a hash: it only has to change with the jar or the VM (the VM checks the archive itself), and
     * costs the jar's first VM nothing, where a message digest would first load the security providers.
     */
    static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * The per-user cache folder the archives live in: {@code $XDG_CACHE_HOME/contact-shield} (else
     * {@code ~/.cache/contact-shield}), {@code %LOCALAPPDATA%\ContactShield\Cache}, {@code ~/Library/Caches/Contact
     * Shield}.
     */
    public static Path cacheDirectory(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Path.of(env.getOrDefault("LOCALAPPDATA", home + "\\AppData\\Local"), "ContactShield", "Cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Contact Shield");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("contact-shield");
    }

    /** The cache folder of this process's user. */
    public static Path cacheDirectory() {
        return cacheDirectory(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** The archive's file. */
    public Path file() {
        return archive;
    }

    /**
     * The VM options of a start: the archive and the mark of this start ({@link ArchiveStartMarks}) when there is an
     * {@link #intact()} one, else the request to make it ({@value #MAKE_PROPERTY}) unless an earlier attempt for this
     * jar and VM failed. Deletes a damaged archive (see {@link #intact()}). The checks cost the jar's first VM about
     * 2 ms of processor time (ADR 0014).
     */
    public List<String> vmOptions() {
        boolean usable = usable();
        Optional<String> damage = usable ? damage() : Optional.empty();
        if (usable && damage.isEmpty()) {
            try {
                Path mark = ArchiveStartMarks.mark(archive);
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                        "-D" + ArchiveStartMarks.PROPERTY + "=" + mark);
            } catch (IOException e) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
            }
        }
        if (Files.exists(failedMarker())) {
            return List.of();
        }
        List<String> options = new ArrayList<>(List.of("-D" + MAKE_PROPERTY + "=" + archive));
        if (damage.isPresent()) {
            options.add("-D" + DROPPED_PROPERTY + "=" + damage.get());
        }
        return List.copyOf(options);
    }

    /**
     * Whether there is an archive a start may map: {@link #usable() usable}, matching its seal, and no earlier start
     * died while mapping it. An archive that fails the last two checks is deleted, with its seal and marks, so that
     * a start without it makes a new one.
     */
    public boolean intact() {
        return usable() && damage().isEmpty();
    }

    /** Why a usable archive is not to be mapped, after deleting it; empty when it is fine. */
    private Optional<String> damage() {
        String why;
        if (!ArchiveSeal.matches(archive)) {
            why = "it does not match the seal written when it was made";
        } else if (ArchiveStartMarks.anEarlierStartDied(archive)) {
            why = "an earlier start ended while mapping it";
        } else {
            return Optional.empty();
        }
        drop(archive);
        return Optional.of(why);
    }

    /** Deletes an archive, its seal and its start marks; what cannot be deleted stays, and is checked again. */
    private static void drop(Path archive) {
        try {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(ArchiveSeal.fileOf(archive));
            ArchiveStartMarks.deleteAll(archive);
        } catch (IOException e) {
            // Not mapped either way: the start goes on without it, and the next one checks it again.
        }
    }

    /**
     * Whether the archive is there for the VM to map: a regular file that, where the file system has owners and
     * POSIX permissions, this user owns and no one else may change (the VM would run the classes in it). On Windows
     * the per-user cache folder under {@code %LOCALAPPDATA%} is the user's own.
     */
    boolean usable() {
        try {
            if (!Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS) || Files.size(archive) == 0) {
                return false;
            }
            if (!isPosix()) {
                return true;
            }
            String owner = Files.getOwner(archive, LinkOption.NOFOLLOW_LINKS).getName();
            return owner.equals(System.getProperty("user.name")) && Files.getPosixFilePermissions(archive,
                    LinkOption.NOFOLLOW_LINKS).stream().noneMatch(WRITABLE_BY_OTHERS::contains);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Makes the archive now, in a VM of its own that loads the listed classes from the jar and writes them out, and
     * deletes the archives of other jars or VMs beside it. Blocks for a few seconds (about 5 s of one core); a
     * failure leaves a marker so that later starts do not try again.
     *
     * @throws IOException when no archive could be made
     */
    public void make() throws IOException {
        Path dir = archive.getParent();
        ensurePrivateDirectory(dir);
        deleteOthers(dir);
        Path list = Files.createTempFile(dir, PREFIX, ".classlist");
        Path made = dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (InputStream in = ClassDataArchive.class.getResourceAsStream(classList)) {
                if (in == null) {
                    throw new IOException("the jar holds no class list " + classList);
                }
                Files.copy(in, list, StandardCopyOption.REPLACE_EXISTING);
            }
            run(dumpCommand(list, made));
            ArchiveStartMarks.deleteAll(archive);
            moveIntoPlace(made);
            ArchiveSeal.seal(archive);
        } catch (IOException e) {
            try {
                Files.writeString(failedMarker(), String.valueOf(e.getMessage()));
            } catch (IOException notNoted) {
                e.addSuppressed(notNoted);
            }
            throw e;
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(made);
        }
    }

    /**
     * Makes the archive of the jar this VM runs at the path given, for a package whose launcher maps it from there
     * (the Linux packages' post-install step, which runs the bundled runtime). Exits with 1, saying why on stderr, when
     * none could be made; the launcher then starts without it.
     *
     * @param args the archive's path
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp contact-shield.jar " + ClassDataArchive.class.getName() + " ARCHIVE");
            System.exit(2);
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        try {
            new ClassDataArchive(jar.toAbsolutePath(), target, java, CLASS_LIST).make();
        } catch (IOException e) {
            System.err.println("No class data archive was made: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The command of the VM that writes the archive; niced where the system has {@code nice}. */
    List<String> dumpCommand(Path list, Path out) {
        List<String> command = new ArrayList<>();
        niceCommand().ifPresent(nice -> command.addAll(List.of(nice, "-n", "10")));
        command.addAll(List.of(javaCommand, "-XX:+UseSerialGC", "-Xmx128m", "-Xshare:dump",
                "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + out, "-cp", jar.toString()));
        return command;
    }

    /**
     * In a VM asked to make the archive ({@value #MAKE_PROPERTY}), makes it on a background thread
     * {@value #MAKE_AFTER_SECONDS} s from now; call once the start's own work is done (the first index complete), so
     * that the two do not share the processor.
     */
    public static void makeLaterIfAsked() {
        String target = System.getProperty(MAKE_PROPERTY);
        String classPath = System.getProperty("java.class.path", "");
        Optional<Path> mapped = Optional.ofNullable(System.getProperty(ArchiveStartMarks.PROPERTY))
                .filter(mark -> !mark.isBlank()).flatMap(mark -> ArchiveStartMarks.archiveOf(Path.of(mark)));
        String dropped = System.getProperty(DROPPED_PROPERTY);
        System.clearProperty(DROPPED_PROPERTY);
        System.clearProperty(ArchiveStartMarks.PROPERTY);
        if (dropped != null) {
            LoggerFactory.getLogger(ClassDataArchive.class).warn("The class data archive was deleted at start, as {}; "
                    + "this start ran without it and makes a new one", dropped);
        }
        boolean make = target != null && !target.isBlank() && !classPath.isBlank();
        if (!make && mapped.isEmpty()) {
            return;
        }
        System.clearProperty(MAKE_PROPERTY);
        Path jar = Path.of(classPath.split(java.io.File.pathSeparator)[0]);
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Thread maker = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(MAKE_AFTER_SECONDS));
                mapped.ifPresent(ClassDataArchive::checkWhole);
                if (make) {
                    makeAt(Path.of(target), jar, java);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "contactshield-classdata");
        maker.setDaemon(true);
        maker.setPriority(Thread.MIN_PRIORITY);
        maker.start();
    }

    /**
     * Compares the whole archive this VM mapped with its seal and deletes it when they differ: damage between the
     * samples a start compares, which the next start would map again.
     */
    static boolean checkWhole(Path mapped) {
        if (!Files.exists(mapped) || ArchiveSeal.wholeMatches(mapped)) {
            return true;
        }
        drop(mapped);
        LoggerFactory.getLogger(ClassDataArchive.class).warn("The class data archive this start mapped does not "
                + "match its seal: deleted it; the next start runs without it and makes a new one");
        return false;
    }

    private static void makeAt(Path target, Path jar, String java) {
        // Looked up here rather than kept in a field: the jar's first VM uses this class and starts no logging.
        Logger log = LoggerFactory.getLogger(ClassDataArchive.class);
        Optional<ClassDataArchive> archive = of(jar, target.getParent(), java)
                .filter(candidate -> candidate.file().equals(target));
        if (archive.isEmpty()) {
            log.warn("No class data archive is made: the jar changed since the start");
            return;
        }
        long started = System.nanoTime();
        try {
            archive.get().make();
            log.info("Class data archive made in {} ms; the next start uses it",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            log.warn("No class data archive could be made ({}); starts stay as they are", e.getMessage());
        }
    }

    private void run(List<String> command) throws IOException {
        Process dump = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!dump.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                dump.destroyForcibly();
                throw new IOException("the archiving VM did not finish within " + DUMP_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            dump.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the archive was made", e);
        }
        if (dump.exitValue() != 0) {
            throw new IOException("the archiving VM exited with " + dump.exitValue());
        }
    }

    private void moveIntoPlace(Path made) throws IOException {
        if (!Files.isRegularFile(made) || Files.size(made) == 0) {
            throw new IOException("the archiving VM wrote no archive");
        }
        if (isPosix()) {
            Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("r--r--r--"));
        }
        try {
            Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes the archives and failure markers of other jars and VMs, which no start of this jar can use, and what
     * an archiving VM left behind when the app quit before it finished (older than {@value #STALE_MINUTES} min).
     */
    private void deleteOthers(Path dir) throws IOException {
        long staleBefore = System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(STALE_MINUTES);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean other = !name.startsWith(archive.getFileName().toString()) && (name.endsWith(SUFFIX)
                        || name.endsWith(FAILED) || name.endsWith(".seal") || name.endsWith(".start"));
                boolean leftOver = (name.endsWith(".tmp") || name.endsWith(".classlist"))
                        && Files.getLastModifiedTime(file).toMillis() < staleBefore;
                if (other || leftOver) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path failedMarker() {
        return archive.resolveSibling(archive.getFileName() + FAILED);
    }

    private static void ensurePrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (isPosix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static Optional<String> niceCommand() {
        return List.of("/usr/bin/nice", "/bin/nice").stream().filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst();
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
