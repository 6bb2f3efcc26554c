package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.Identification;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerViewsTest {
    private static final Candidate ADA = new Candidate(new PersonKey("oid:" + TestPeople.ADA_OID), "Ada Beispiel",
            "Beispiel Logistik GmbH", "Head of Dispatch", PhoneType.MOBILE, SourceId.GRAPH_USERS);
    private static final Candidate BERND = new Candidate(new PersonKey("mail:bernd@muster.example"), "Bernd Muster",
            "Muster & Söhne KG", null, PhoneType.BUSINESS, SourceId.GRAPH_OUTLOOK);

    @Test
    void colleagueGetsPresenceIdAndTeamsUser() {
        Identification id = new Identification(Identification.Kind.PERSON, "01511 2345620", TestPeople.ADA_NUMBER,
                List.of(ADA), "");

        CallerView view = CallerViews.from(id, key -> "ada.beispiel@beispiel-logistik.example");

        CallerCandidate ada = view.single().orElseThrow();
        assertThat(view.kind()).isEqualTo(CallerKind.PERSON);
        assertThat(view.number()).as("the number as caller ID read it").isEqualTo(TestPeople.ADA_NUMBER);
        assertThat(ada.entraObjectId()).isEqualTo(TestPeople.ADA_OID);
        assertThat(ada.isColleague()).isTrue();
        assertThat(ada.teamsUser()).hasValue("ada.beispiel@beispiel-logistik.example");
        assertThat(ada.numberType()).isEqualTo(PhoneType.MOBILE);
        assertThat(ada.source()).isEqualTo(SourceId.GRAPH_USERS);
    }

    @Test
    void sharedNumberKeepsEveryCandidateAndExternalsHaveNoPresence() {
        Identification id = new Identification(Identification.Kind.SHARED, TestPeople.SHARED_NUMBER,
                TestPeople.SHARED_NUMBER, List.of(ADA, BERND), "");

        CallerView view = CallerViews.from(id, key -> null);

        assertThat(view.kind()).isEqualTo(CallerKind.SHARED);
        assertThat(view.candidates()).extracting(CallerCandidate::name).containsExactly("Ada Beispiel", "Bernd Muster");
        assertThat(view.candidates().get(1).isColleague()).isFalse();
    }

    @Test
    void companyRangeShowsTheCompanyName() {
        Identification id = new Identification(Identification.Kind.COMPANY_RANGE, "+498971049999", "+498971049999",
                List.of(), "Beispiel Logistik GmbH \u2014 switchboard range");

        CallerView view = CallerViews.from(id, key -> null);

        assertThat(view.kind()).isEqualTo(CallerKind.COMPANY_RANGE);
        assertThat(view.companyName()).isEqualTo("Beispiel Logistik GmbH");
    }

    @Test
    void unknownAndWithheldStaySo() {
        assertThat(CallerViews.from(Identification.unknown("+4930901820", "+4930901820"), k -> null).kind())
                .isEqualTo(CallerKind.UNKNOWN);
        assertThat(CallerViews.from(Identification.withheld("Anonymous"), k -> null).kind())
                .isEqualTo(CallerKind.WITHHELD);
    }

    @Test
    void aNumberCallerIdCouldNotReadStaysAsTheNetworkDeliveredIt() {
        CallerView view = CallerViews.from(Identification.unknown("*100#", ""), key -> null);

        assertThat(view.number()).isEqualTo("*100#");
    }
}
