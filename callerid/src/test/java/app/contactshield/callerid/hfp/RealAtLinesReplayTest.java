package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays AT lines real phones and stacks sent, as published in public issues (see the fixtures' SOURCES.md), fed
 * one to three bytes at a time. Skipped when the shared fixtures are absent.
 */
class RealAtLinesReplayTest {

    private static final String ESP_IDF = "issue_esp-idf-6486_iphone_hf_client_at_dump_PARTIAL.log";
    private static final String HSPHFPD = "issue_nixpkgs-103225_hsphfpd_slc_PARTIAL.log";
    private static final String QUOTED = "issue_lines_clip_clcc.txt";

    private Path dir;

    @BeforeEach
    void fixtures() {
        dir = Path.of(System.getProperty("contactshield.fixtures", "../shared/fixtures/real")).resolve("hfp");
        Assumptions.assumeTrue(Files.isDirectory(dir), "real fixtures absent at " + dir + ": skipped");
    }

    /** The bytes the iPhone sent, in the order the log shows them, {@code <cr>}/{@code <lf>} made real. */
    private List<byte[]> espIdfPhoneBytes() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(ESP_IDF), StandardCharsets.UTF_8)) {
            int at = line.indexOf("bta_hf_client_dump_at ");
            if (at >= 0) {
                String raw = line.substring(at + "bta_hf_client_dump_at ".length());
                out.add(raw.replace("<cr>", "\r").replace("<lf>", "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private List<String> espIdfHandsFreeCommands() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(ESP_IDF), StandardCharsets.UTF_8)) {
            int at = line.indexOf("bta_hf_client_send_at ");
            if (at >= 0) {
                out.add(line.substring(at + "bta_hf_client_send_at ".length()).strip());
            }
        }
        return out;
    }

    private static List<AtResult> parseInPieces(List<byte[]> chunks) {
        List<AtResult> results = new ArrayList<>();
        AtLineFramer framer = new AtLineFramer(line -> results.add(AtResultParser.parse(line)));
        Random random = new Random(11);
        for (byte[] bytes : chunks) {
            int i = 0;
            while (i < bytes.length) {
                int n = Math.min(bytes.length - i, 1 + random.nextInt(3));
                framer.feed(bytes, i, n);
                i += n;
            }
        }
        return results;
    }

    private static void feed(SessionHarness h, byte[] bytes) {
        for (int i = 0; i < bytes.length; i += 2) {
            h.session.onBytes(bytes, i, Math.min(2, bytes.length - i));
        }
    }

    @Test
    void iphoneServiceLevelLinesParseIntoFeaturesAndIndicatorOrder() throws IOException {
        List<byte[]> chunks = espIdfPhoneBytes();

        List<AtResult> results = parseInPieces(chunks);

        assertThat(results).first().isEqualTo(new AtResult.Brsf(1007));
        assertThat(results).filteredOn(AtResult.CindSupport.class::isInstance).singleElement()
                .extracting(r -> ((AtResult.CindSupport) r).indicators().stream().map(IndicatorSpec::name).toList())
                .isEqualTo(List.of("service", "call", "callsetup", "battchg", "signal", "roam", "callheld"));
        assertThat(results).filteredOn(AtResult.Ok.class::isInstance).hasSize(3);
    }

    @Test
    void iphoneLinesDriveTheSessionThroughTheSameCommandsTheLoggedStackSent() throws IOException {
        List<String> logged = espIdfHandsFreeCommands();
        SessionHarness h = SessionHarness.standard();

        h.session.start();
        for (byte[] chunk : espIdfPhoneBytes()) {
            feed(h, chunk);
        }

        assertThat(logged.get(0)).startsWith("AT+BRSF=");
        assertThat(h.sent.get(0)).startsWith("AT+BRSF=");
        assertThat(h.sent.subList(1, logged.size())).isEqualTo(logged.subList(1, logged.size()));
        assertThat(h.session.indicatorNames()).containsExactly("service", "call", "callsetup", "battchg", "signal",
                "roam", "callheld");
    }

    @Test
    void iphoneCiev3Is1BasedCallsetupNotBattery() throws IOException {
        SessionHarness h = SessionHarness.standard();
        h.session.start();
        for (byte[] chunk : espIdfPhoneBytes()) {
            feed(h, chunk);
        }
        h.phone("+CIND: 1,0,0,5,5,0,0", "OK", "OK", "+CHLD: (0,1,1x,2,2x,3)", "OK", "OK", "OK", "OK", "OK");

        h.phone("+CIEV: 3,1");

        assertThat(h.events).extracting(PhoneCall::state).containsExactly(CallState.INCOMING);
    }

    @Test
    void hsphfpdLinesParseAsTheirSideOfTheDialogue() throws IOException {
        List<String> fromGateway = new ArrayList<>();
        List<String> fromHandsFree = new ArrayList<>();
        String direction = "";
        for (String line : Files.readAllLines(dir.resolve(HSPHFPD), StandardCharsets.UTF_8)) {
            if (line.contains("Socket write")) {
                direction = "gateway";
            } else if (line.contains("Socket ready read")) {
                direction = "hands-free";
            } else if (line.contains("Line: ")) {
                String text = line.substring(line.indexOf("Line: ") + 6);
                (direction.equals("gateway") ? fromGateway : fromHandsFree).add(text + "\r\n");
            }
        }

        List<byte[]> chunks = fromGateway.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        List<AtResult> results = parseInPieces(chunks);
        List<AtCommand> commands = fromHandsFree.stream().map(AtCommand::parse).toList();

        assertThat(results).first().isInstanceOf(AtResult.CindValues.class);
        assertThat(((AtResult.CindValues) results.get(0)).values()).hasSize(12).containsOnly(0);
        assertThat(results).contains(new AtResult.ChldSupport(List.of("0", "1", "1x", "2", "2x", "3", "4")));
        assertThat(commands).containsExactly(new AtCommand("+CMER", AtCommand.Type.SET, "3,0,0,1"),
                new AtCommand("+CHLD", AtCommand.Type.TEST, ""));
    }

    @Test
    void quotedWithheldClipAndCutClccLineAreReadTolerantly() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(QUOTED), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();

        List<AtResult> results = parseInPieces(lines.stream()
                .map(l -> ("\r\n" + l + "\r\n").getBytes(StandardCharsets.UTF_8)).toList());

        assertThat(results).hasSize(2);
        assertThat(((AtResult.Clip) results.get(0)).withheld()).isTrue();
        AtResult.Clcc clcc = (AtResult.Clcc) results.get(1);
        assertThat(clcc.status()).isEqualTo(1);
        assertThat(clcc.type()).isEqualTo(129);
        assertThat(clcc.alpha()).isEqualTo("  xxxx");
    }

    @Test
    void quotedWithheldClipMakesTheRingingCallWithheld() throws IOException {
        String clip = Files.readAllLines(dir.resolve(QUOTED), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("+CLIP")).findFirst().orElseThrow();
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.phone("+CIEV: 3,1", "RING", clip);

        assertThat(h.lastEvent().withheld()).isTrue();
        assertThat(h.lastEvent().number()).isEmpty();
    }
}
