package app.contactshield.desktop.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.contactshield.desktop.instance.InstanceSocket.Claim;
import app.contactshield.desktop.instance.InstanceSocket.Owned;
import app.contactshield.desktop.instance.InstanceSocket.Running;
import app.contactshield.desktop.instance.InstanceSocket.Unguarded;
import app.contactshield.desktop.instance.RunningInstance.Answer;
import app.contactshield.graphsync.home.DataDirectory;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** One instance per data directory, over real Unix domain sockets in temporary data directories. */
class InstanceSocketTest {
    private static final String LINK = "tel:+49897104201";

    @TempDir
    Path dir;

    private final List<InstanceSocket> open = new ArrayList<>();
    private final List<Optional<String>> received = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void captureLog() {
        Logger logger = (Logger) LoggerFactory.getLogger(InstanceSocket.class);
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void closeInstances() {
        open.forEach(InstanceSocket::close);
        Logger logger = (Logger) LoggerFactory.getLogger(InstanceSocket.class);
        logger.detachAppender(log);
        logger.setLevel(levelBefore);
    }

    private InstanceSocket becomeInstance(Path folder) {
        Claim claim = InstanceSocket.claim(new DataDirectory(folder), Optional.empty());
        assertThat(claim).isInstanceOf(Owned.class);
        InstanceSocket socket = ((Owned) claim).socket();
        open.add(socket);
        return socket;
    }

    @Test
    void aSecondStartHandsItsLinkToTheRunningInstanceInsteadOfBecomingOne() {
        becomeInstance(dir).deliverTo(received::add);

        Claim second = InstanceSocket.claim(new DataDirectory(dir), Optional.of(LINK));

        assertThat(second).isEqualTo(new Running(Answer.TOOK_IT));
        assertThat(received).containsExactly(Optional.of(LINK));
    }

    @Test
    void aSecondStartWithoutALinkOnlyBringsTheInstanceForward() {
        becomeInstance(dir).deliverTo(received::add);

        Answer answer = RunningInstance.handOver(new DataDirectory(dir), Optional.empty());

        assertThat(answer).isEqualTo(Answer.TOOK_IT);
        assertThat(received).containsExactly(Optional.empty());
    }

    @Test
    void startsThatArriveBeforeTheWindowShowsAreDeliveredInOrderOnceItDoes() {
        InstanceSocket instance = becomeInstance(dir);
        RunningInstance.handOver(new DataDirectory(dir), Optional.of(LINK));
        RunningInstance.handOver(new DataDirectory(dir), Optional.empty());

        instance.deliverTo(received::add);

        assertThat(received).containsExactly(Optional.of(LINK), Optional.empty());
    }

    @Test
    void whereNoInstanceRunsAStartFindsNoneAndLeavesTheFolderAsItWas() throws Exception {
        Path absent = dir.resolve("not-yet");

        assertThat(RunningInstance.handOver(new DataDirectory(dir), Optional.of(LINK))).isEqualTo(Answer.NONE_RUNS);
        assertThat(RunningInstance.handOver(new DataDirectory(absent), Optional.empty())).isEqualTo(Answer.NONE_RUNS);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSocketLeftBehindByAnInstanceThatEndedIsTakenOver() throws Exception {
        Path socket = dir.resolve(InstanceSocket.SOCKET_FILE);
        try (ServerSocketChannel killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            killed.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();

        becomeInstance(dir).deliverTo(received::add);
        Answer answer = RunningInstance.handOver(new DataDirectory(dir), Optional.of(LINK));

        assertThat(answer).isEqualTo(Answer.TOOK_IT);
        assertThat(received).containsExactly(Optional.of(LINK));
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("Took over"));
    }

    @Test
    void instancesOnDifferentDataDirectoriesBothStartAndEachGetsItsOwnStarts(@TempDir Path other) {
        becomeInstance(dir).deliverTo(received::add);
        List<Optional<String>> receivedByOther = new CopyOnWriteArrayList<>();
        becomeInstance(other).deliverTo(receivedByOther::add);

        RunningInstance.handOver(new DataDirectory(other), Optional.of(LINK));

        assertThat(received).isEmpty();
        assertThat(receivedByOther).containsExactly(Optional.of(LINK));
    }

    @Test
    void anInstanceThatEndedRemovesItsSocketAndTheNextStartBecomesTheInstance() {
        InstanceSocket first = becomeInstance(dir);

        first.close();

        assertThat(dir.resolve(InstanceSocket.SOCKET_FILE)).doesNotExist();
        assertThat(RunningInstance.handOver(new DataDirectory(dir), Optional.empty())).isEqualTo(Answer.NONE_RUNS);
        becomeInstance(dir);
    }

    @Test
    void aStartOnAFolderThatDoesNotExistYetCreatesItForItsOwnerAndBecomesTheInstance() throws Exception {
        assumeTrue(posix());
        Path fresh = dir.resolve("fresh");

        becomeInstance(fresh);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    void onlyTheOwnerMayUseTheSocket() throws Exception {
        assumeTrue(posix());

        becomeInstance(dir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve(InstanceSocket.SOCKET_FILE)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve(InstanceSocket.LOCK_FILE)))).isEqualTo("rw-------");
    }

    @Test
    void aLineThatIsNoRequestIsRefusedAndTheInstanceListensOn() throws Exception {
        becomeInstance(dir).deliverTo(received::add);

        String answer;
        try (SocketChannel stranger = SocketChannel.open(UnixDomainSocketAddress.of(
                dir.resolve(InstanceSocket.SOCKET_FILE)))) {
            InstanceLine.write(stranger, "DIAL +49897104201");
            answer = InstanceLine.read(stranger, Duration.ofSeconds(5)).orElse("");
        }

        assertThat(answer).isEqualTo(InstanceLine.REFUSED);
        assertThat(RunningInstance.handOver(new DataDirectory(dir), Optional.of(LINK))).isEqualTo(Answer.TOOK_IT);
        assertThat(received).containsExactly(Optional.of(LINK));
    }

    @Test
    void anInstanceThatDoesNotAnswerIsNeitherReplacedNorJoined() throws Exception {
        Path socket = dir.resolve(InstanceSocket.SOCKET_FILE);
        try (ServerSocketChannel frozen = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            frozen.bind(UnixDomainSocketAddress.of(socket));

            Claim claim = InstanceSocket.claim(new DataDirectory(dir), Optional.of(LINK), Duration.ofMillis(200));

            assertThat(claim).isEqualTo(new Running(Answer.SILENT));
            assertThat(socket).exists();
        }
    }

    @Test
    void aFolderWhoseSocketPathIsTooLongRunsUnguardedAndSaysWhy() {
        Path deep = dir.resolve("d".repeat(InstanceSocket.MAX_PATH_BYTES));

        Claim claim = InstanceSocket.claim(new DataDirectory(deep), Optional.empty());

        assertThat(claim).isInstanceOf(Unguarded.class);
        assertThat(((Unguarded) claim).reason()).contains("bytes", String.valueOf(InstanceSocket.MAX_PATH_BYTES));
    }

    @Test
    void theLogSaysThatALinkWasHandedOverButNeverItsNumber() {
        becomeInstance(dir).deliverTo(received::add);

        RunningInstance.handOver(new DataDirectory(dir), Optional.of(LINK));

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("with a link"))
                .noneMatch(line -> line.contains("7104") || line.contains("tel:"));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
