package app.contactshield.desktop.instance;

import app.contactshield.graphsync.home.DataDirectory;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The desktop app already running on a data directory, as a later start reaches it: through the socket that
 * instance listens on ({@link InstanceSocket}). Creates nothing and logs nothing, so that a start that hands over
 * costs no more than connecting; runs on the caller's thread.
 */
public final class RunningInstance {
    /** How long a start waits for the running instance to answer. */
    static final Duration ANSWER_LIMIT = Duration.ofSeconds(5);

    /** What the data directory's running instance said to a start. */
    public enum Answer {
        /** It took the start: it comes to the front and searches the link's number. */
        TOOK_IT,
        /** No instance listens there (no socket file, or one left behind by an instance that ended). */
        NONE_RUNS,
        /** An instance listens there but did not answer in time. */
        SILENT
    }

    private RunningInstance() {
    }

    /**
     * Hands a start with {@code link} (or none) over to the instance running on {@code dir}, if one does.
     *
     * @throws IllegalArgumentException when the link is not one line (see {@link InstanceLine#request})
     */
    public static Answer handOver(DataDirectory dir, Optional<String> link) {
        return handOver(dir.resolveFile(InstanceSocket.SOCKET_FILE), link, ANSWER_LIMIT);
    }

    static Answer handOver(Path socket, Optional<String> link, Duration limit) {
        String request = InstanceLine.request(link);
        if (!Files.exists(socket)) {
            return Answer.NONE_RUNS;
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return Answer.NONE_RUNS;
        }
        try (channel) {
            InstanceLine.write(channel, request);
            Optional<String> answer = InstanceLine.read(channel, limit);
            return answer.filter(InstanceLine.TAKEN::equals).isPresent() ? Answer.TOOK_IT : Answer.SILENT;
        } catch (IOException e) {
            return Answer.SILENT;
        }
    }
}
