package app.contactshield.desktop.instance;

import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.home.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket the desktop app listens on so that it runs once per data directory: a Unix domain socket named
 * {@value #SOCKET_FILE} in the data directory, readable and writable by its owner only. A later start on the same
 * data directory hands its link over through it ({@link RunningInstance}) and exits; the link arrives at the
 * {@link SecondStarts#deliverTo receiver}. A socket file that nobody listens on (left by an instance that was killed)
 * is removed and the start becomes the instance. While a start checks for an instance and binds, it holds a lock on
 * {@value #LOCK_FILE} in the same folder, so that two starts at the same moment do not both become the instance.
 *
 * <p>The daemon thread {@code contactshield-instance} accepts one start at a time; {@link #close} stops it and removes
 * the socket file. Nothing it logs holds a link: a link carries a phone number.
 */
public final class InstanceSocket implements SecondStarts, AutoCloseable {
    /** The socket's file name in the data directory. */
    public static final String SOCKET_FILE = "instance.sock";
    static final String LOCK_FILE = "instance.lock";
    /** Sockets' paths: 108 bytes on Linux and Windows, 104 on macOS, each with a terminating zero. */
    static final int MAX_PATH_BYTES = 103;
    private static final Logger LOG = LoggerFactory.getLogger(InstanceSocket.class);
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(1);
    private static final int MAX_WAITING = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What a start found on its data directory. */
    public sealed interface Claim permits Running, Owned, Unguarded {
    }

    /**
     * Another instance runs on the data directory.
     *
     * @param answer whether it took the start ({@link RunningInstance.Answer#TOOK_IT}) or stayed silent
     */
    public record Running(RunningInstance.Answer answer) implements Claim {
    }

    /**
     * This start is the data directory's instance and listens on its socket.
     *
     * @param socket the socket; the app closes it when it ends
     */
    public record Owned(InstanceSocket socket) implements Claim {
    }

    /**
     * The start could not listen (a read-only folder, a path too long for a socket) and runs without: a later start
     * on the same data directory would open a second window.
     *
     * @param reason why, for the log (names no link)
     */
    public record Unguarded(String reason) implements Claim {
    }

    private final ServerSocketChannel server;
    private final Path file;
    private final Object fileKey;
    private final List<Optional<String>> waiting = new ArrayList<>();
    private Consumer<Optional<String>> receiver;
    private volatile boolean closed;

    private InstanceSocket(ServerSocketChannel server, Path file, Object fileKey) {
        this.server = server;
        this.file = file;
        this.fileKey = fileKey;
    }

    /**
     * Hands this start over to the instance running on {@code dir}, or else becomes that instance. Creates the data
     * directory when it does not exist yet.
     *
     * @param link the start's {@code tel:} or {@code callto:} link, or empty
     */
    public static Claim claim(DataDirectory dir, Optional<String> link) {
        return claim(dir, link, RunningInstance.ANSWER_LIMIT);
    }

    static synchronized Claim claim(DataDirectory dir, Optional<String> link, Duration limit) {
        Path socket = dir.resolveFile(SOCKET_FILE);
        int pathBytes = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (pathBytes > MAX_PATH_BYTES) {
            return new Unguarded("the socket's path is " + pathBytes + " bytes long, over the " + MAX_PATH_BYTES
                    + " bytes a Unix domain socket's path may have");
        }
        try {
            dir.ensureExists();
            try (FileChannel lockFile = openLockFile(dir.resolveFile(LOCK_FILE)); FileLock held = lockFile.lock()) {
                RunningInstance.Answer answer = RunningInstance.handOver(socket, link, limit);
                if (answer != RunningInstance.Answer.NONE_RUNS) {
                    return new Running(answer);
                }
                if (Files.deleteIfExists(socket)) {
                    LOG.info("Took over the socket of an instance that ended without removing it");
                }
                return new Owned(bind(socket));
            }
        } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
            return new Unguarded(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static FileChannel openLockFile(Path lock) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return posix() ? FileChannel.open(lock, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : FileChannel.open(lock, options);
    }

    private static InstanceSocket bind(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            OwnerOnly.restrict(socket);
            Object key = Files.readAttributes(socket, BasicFileAttributes.class).fileKey();
            InstanceSocket owned = new InstanceSocket(server, socket, key);
            Thread listening = new Thread(owned::listen, "contactshield-instance");
            listening.setDaemon(true);
            listening.start();
            return owned;
        } catch (IOException | RuntimeException e) {
            server.close();
            Files.deleteIfExists(socket);
            throw e;
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public synchronized void deliverTo(Consumer<Optional<String>> receiver) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        waiting.forEach(receiver);
        waiting.clear();
    }

    private synchronized void arrived(Optional<String> link) {
        if (receiver != null) {
            receiver.accept(link);
        } else if (waiting.size() < MAX_WAITING) {
            waiting.add(link);
        }
    }

    /** Accepts one start at a time until closed. The listening thread. */
    private void listen() {
        while (!closed) {
            try (SocketChannel start = server.accept()) {
                serve(start);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("A later start could not be served ({}); listening on", e.getClass().getSimpleName());
            }
        }
    }

    /** Reads the start's request, hands its link on and tells the start it was taken. */
    private void serve(SocketChannel start) throws IOException {
        Optional<Optional<String>> link = InstanceLine.read(start, REQUEST_LIMIT).flatMap(InstanceLine::linkOf);
        if (link.isEmpty()) {
            LOG.warn("A later start sent no request this app knows; it was refused");
            InstanceLine.write(start, InstanceLine.REFUSED);
            return;
        }
        arrived(link.get());
        InstanceLine.write(start, InstanceLine.TAKEN);
        LOG.info("A later start on this data directory was handed over, {}",
                link.get().isPresent() ? "with a link" : "without a link");
    }

    /** Stops listening and removes the socket file, unless another instance's socket has taken its place. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
            if (Files.exists(file)
                    && Objects.equals(Files.readAttributes(file, BasicFileAttributes.class).fileKey(), fileKey)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("The instance socket could not be removed ({}); the next start takes it over",
                    e.getClass().getSimpleName());
        }
    }
}
