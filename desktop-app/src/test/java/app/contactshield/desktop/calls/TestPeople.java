package app.contactshield.desktop.calls;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.presence.Presence;
import java.time.Instant;
import java.util.List;

/** Invented callers for the screen tests. */
public final class TestPeople {
    public static final String ADA_OID = "6e7b1c1a-0000-4000-8000-00000000a001";
    public static final CallerCandidate ADA = new CallerCandidate(new PersonKey("oid:" + ADA_OID), "Ada Beispiel",
            "Beispiel Logistik GmbH", "Head of Dispatch", PhoneType.MOBILE, SourceId.GRAPH_USERS,
            "ada.beispiel@beispiel-logistik.example", ADA_OID);
    public static final CallerCandidate BERND = new CallerCandidate(new PersonKey("mail:bernd@muster.example"),
            "Bernd Muster", "Muster & Söhne KG", "Purchasing", PhoneType.BUSINESS, SourceId.GRAPH_OUTLOOK, null,
            null);
    public static final CallerCandidate CLARA = new CallerCandidate(new PersonKey("src:dataverse/42"),
            "Clara Übermut", "Muster & Söhne KG", "Accounts", PhoneType.BUSINESS, new SourceId("dataverse"), null,
            null);
    public static final String ADA_NUMBER = "+4915112345620";
    public static final String SHARED_NUMBER = "+498971041000";

    private TestPeople() {
    }

    public static CallerView ada() {
        return CallerView.people(ADA_NUMBER, List.of(ADA));
    }

    public static CallerView shared() {
        return CallerView.people(SHARED_NUMBER, List.of(BERND, CLARA));
    }

    public static Presence adaBusy(Instant at) {
        return new Presence(ADA_OID, "Busy", "InAMeeting", "", false, "", at);
    }
}
