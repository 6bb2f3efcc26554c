package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.ClipFormat;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** No phone number reaches a log line, even at DEBUG, through a whole session. */
class LogPrivacyTest {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level before;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        before = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(before);
    }

    @Test
    void fullSessionLogsNoNumberAtAnyLevel() throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, AgProfile.androidLike())) {
            link.engine.setup().get(RecordingListener.WAIT.toSeconds(), TimeUnit.SECONDS);
            link.phone.ring("08971040233", ClipFormat.NATIONAL);
            PhoneCall ringing = link.events.await(c -> !c.number().isEmpty());
            link.engine.answer(ringing.callId());
            link.events.await(c -> c.state() == CallState.ACTIVE);
            link.phone.callWaiting("+498971040120", ClipFormat.INTERNATIONAL);
            link.events.await(c -> c.state() == CallState.WAITING && !c.number().isEmpty());
            link.engine.dial("089 7104 0355", true);
        } catch (PhoneLinkException expected) {
            assertThat(expected.getMessage()).doesNotContain("71040355");
        }

        List<String> messages = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        assertThat(messages).isNotEmpty();
        assertThat(messages).noneMatch(m -> m.contains("71040233") || m.contains("71040120")
                || m.contains("71040355"));
    }
}
