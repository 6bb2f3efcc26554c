package app.contactshield.callerid.index;

import static app.contactshield.callerid.testing.TestPeople.person;
import static app.contactshield.callerid.testing.TestPeople.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.contactshield.callerid.testing.InMemoryContactStore;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.NumberProblem;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.StoreException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberDiagnosticsTest {

    @Test
    void listsTheNumbersThatCanNeverIdentifyACallerWithPersonAndSourceAndCountsThemPerSource()
            throws StoreException {
        InMemoryContactStore store = new InMemoryContactStore();
        store.put(
                person("ada", "Ada Beispiel", null, null,
                        phone(PhoneType.MOBILE, "0171 2345678", "graph.users"),
                        phone(PhoneType.FAX, "111-1111", "graph.orgContacts")),
                person("bert", "Bert Muster", null, null,
                        phone(PhoneType.OTHER, "7yy-zzz-www", "file:partners.csv"),
                        phone(PhoneType.BUSINESS, "12", "graph.orgContacts")));
        NumberDiagnostics diagnostics = new NumberDiagnostics(new PhoneNormalizer("DE"));

        var unusable = diagnostics.unusableNumbers(store);
        Map<SourceId, Integer> counts = diagnostics.unusableCountsBySource(store);

        assertThat(unusable).extracting(NumberDiagnostics.UnusableNumber::person, NumberDiagnostics.UnusableNumber::raw)
                .containsExactlyInAnyOrder(
                        tuple(new PersonKey("ada"), "111-1111"),
                        tuple(new PersonKey("bert"), "7yy-zzz-www"),
                        tuple(new PersonKey("bert"), "12"));
        assertThat(unusable).filteredOn(n -> n.raw().equals("7yy-zzz-www")).singleElement()
                .satisfies(n -> assertThat(n.problem()).isEqualTo(NumberProblem.NOT_A_NUMBER))
                .satisfies(n -> assertThat(n.displayName()).isEqualTo("Bert Muster"));
        assertThat(counts).containsExactly(
                Map.entry(new SourceId("file:partners.csv"), 1),
                Map.entry(new SourceId("graph.orgContacts"), 2));
    }
}
