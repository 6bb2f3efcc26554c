package app.contactshield.callerid.link;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.call.CallView;
import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.Identification;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.CallLogEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Call records print without the caller's number, name or the phone's full address, as they reach log lines. */
class RecordLogFormTest {
    private static final String CALL_PATH = "/hfp/org/bluez/hci0/dev_00_1A_7D_DA_71_13/voicecall01";
    private static final String NUMBER = "+498971041234";

    private final Identification ada = new Identification(Identification.Kind.PERSON, NUMBER, NUMBER,
            List.of(new Candidate(new PersonKey("oid:ada"), "Ada Beispiel", "Contoso", "Buyer", PhoneType.MOBILE,
                    new SourceId("graph.users"))), "");

    @Test
    void aPhoneCallMasksItsNumberAndThePhonesAddress() {
        String text = new PhoneCall(CALL_PATH, NUMBER, CallState.INCOMING, false).toString();

        assertThat(text).contains("INCOMING", "voicecall01", "+49").doesNotContain("7104", "7D_DA", "1234");
    }

    @Test
    void anIdentificationShowsItsKindAndCountsButNoName() {
        String text = ada.toString();

        assertThat(text).contains("PERSON", "1 candidates").doesNotContain("Ada", "Contoso", "Buyer", "7104", "ada");
    }

    @Test
    void aCallViewShowsStateAndOutcomeButNoNameNumberOrAddress() {
        CallView view = new CallView(CALL_PATH, CallState.ENDED, CallLogEntry.Direction.INCOMING, ada, true,
                Instant.parse("2026-12-03T09:15:00Z"), false, CallLogEntry.Outcome.ANSWERED);

        assertThat(view.toString()).contains("ENDED", "ANSWERED", "PERSON")
                .doesNotContain("Ada", "Contoso", "7104", "7D_DA", "oid:");
    }
}
