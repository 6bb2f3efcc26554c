package app.contactshield.callerid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.hfp.AtLineFramer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audio-gateway side on its own: raw AT commands in, result lines out. */
class SimulatedPhoneTest {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private Pipe.SinkChannel toPhone;
    private SimulatedPhone phone;

    private void start(AgProfile profile) throws IOException {
        Pipe in = Pipe.open();
        Pipe out = Pipe.open();
        toPhone = in.sink();
        phone = SimulatedPhone.start(profile, in.source(), out.sink(), () -> {
            in.source().close();
            out.sink().close();
        }, null);
        Thread reader = new Thread(() -> {
            AtLineFramer framer = new AtLineFramer(lines::add);
            ByteBuffer buffer = ByteBuffer.allocate(128);
            try {
                while (out.source().read(buffer.clear()) >= 0) {
                    framer.feed(buffer.array(), 0, buffer.position());
                }
            } catch (IOException e) {
                lines.add("<closed>");
            }
        }, "simulated-phone-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        if (phone != null) {
            phone.close();
        }
    }

    /**
     * Sends a command and returns the lines up to and including its final result, leaving out the unsolicited
     * ones ({@code +CIEV}, {@code RING}, {@code +CLIP}, {@code +CCWA}) that may come before or after any answer.
     */
    private List<String> command(String line) throws Exception {
        toPhone.write(ByteBuffer.wrap((line + "\r").getBytes(StandardCharsets.US_ASCII)));
        List<String> answer = new ArrayList<>();
        while (true) {
            String next = lines.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("answer to %s", line).isNotNull();
            if (next.startsWith("+CIEV") || next.equals("RING") || next.startsWith("+CLIP")
                    || next.startsWith("+CCWA")) {
                continue;
            }
            answer.add(next);
            if (next.equals("OK") || next.equals("ERROR") || next.startsWith("+CME ERROR")) {
                return answer;
            }
        }
    }

    @Test
    void iphoneLikeProfileAnswersTheSetupAsARealIphone() throws Exception {
        start(AgProfile.iphoneLike());

        List<String> brsf = command("AT+BRSF=486");
        List<String> cind = command("AT+CIND=?");
        List<String> values = command("AT+CIND?");

        assertThat(brsf).containsExactly("+BRSF:1007", "OK");
        assertThat(cind.get(0)).startsWith("+CIND: (\"service\",(0-1)),(\"call\",(0-1)),(\"callsetup\",(0-3))");
        assertThat(values).containsExactly("+CIND: 1,0,0,3,4,0,0", "OK");
    }

    @Test
    void androidLikeListsCallsWithPaddingAndTheEighthField() throws Exception {
        start(AgProfile.androidLike());
        command("AT+CMER=3,0,0,1");
        phone.ring("08971040233", ClipFormat.NATIONAL);

        List<String> listing = command("AT+CLCC");

        assertThat(listing).containsExactly("+CLCC: 1, 1, 4, 0, 0, \"08971040233\", 129, \"  \"", "OK");
    }

    @Test
    void ringingPhoneReportsCallsetupByItsOwnIndicatorOrder() throws Exception {
        start(AgProfile.androidLike());
        command("AT+CMER=3,0,0,1");
        command("AT+CLIP=1");

        phone.ring("+498971040120", ClipFormat.INTERNATIONAL);

        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("+CIEV: 2,1");
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("RING");
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("+CLIP: \"+498971040120\",145,\"\",0,\"\",0");
    }

    @Test
    void releasingOneCallWithChld1xKeepsTheOther() throws Exception {
        start(AgProfile.iphoneLike());
        command("AT+CCWA=1");
        phone.ring("08971040233", ClipFormat.NATIONAL);
        command("ATA");
        phone.callWaiting("+498971040120", ClipFormat.INTERNATIONAL);
        command("AT+CHLD=2");

        List<String> release = command("AT+CHLD=11");
        List<String> listing = command("AT+CLCC");

        assertThat(release).containsExactly("OK");
        assertThat(listing).containsExactly("+CLCC: 2,1,0,0,0,\"+498971040120\",145", "OK");
    }

    @Test
    void unknownCommandsGetErrorOrTheExtendedErrorOnceEnabled() throws Exception {
        start(AgProfile.iphoneLike());

        List<String> before = command("AT+CPBR=1,10");
        command("AT+CMEE=1");
        List<String> after = command("AT+CPBR=1,10");

        assertThat(before).containsExactly("ERROR");
        assertThat(after).containsExactly("+CME ERROR: 4");
        assertThat(phone.receivedCommands()).contains("AT+CPBR=1,10");
    }

    @Test
    void holdModesThePhoneDoesNotOfferAreRefused() throws Exception {
        start(AgProfile.androidLike());

        List<String> answer = command("AT+CHLD=11");

        assertThat(answer).containsExactly("ERROR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AT+CHLD=1x", "AT+CHLD=199999999999", "AT+CHLD=", "ATD;", "ATD", "AT+CMER", "AT",
        "ATA", "AT+CHUP", "AT+BIND=?", "hello", "AT+CIND=5", "AT+CLCC=?"})
    void oddCommandsGetAFinalResultAndThePhoneKeepsAnswering(String odd) throws Exception {
        start(AgProfile.iphoneLike());

        List<String> answer = command(odd);
        List<String> after = command("AT+CIND?");

        assertThat(answer).last().isIn("OK", "ERROR");
        assertThat(after).containsExactly("+CIND: 1,0,0,3,4,0,0", "OK");
    }
}
