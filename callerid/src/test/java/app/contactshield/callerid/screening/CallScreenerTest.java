package app.contactshield.callerid.screening;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.Identification;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallScreenerTest {
    private static final Set<PersonKey> FAVOURITES = Set.of(new PersonKey("ada"));

    @ParameterizedTest(name = "{0}, caller {1} -> {2}")
    @CsvSource({
        "NORMAL,       bert,     RING",
        "NORMAL,       withheld, RING",
        "RECEPTIONIST, bert,     RING",
        "RECEPTIONIST, withheld, RING",
        "RECEPTIONIST, unknown,  RING",
        "VACATION,     ada,      RING",
        "VACATION,     ada+bert, RING",
        "VACATION,     bert,     REJECT",
        "VACATION,     withheld, REJECT",
        "VACATION,     unknown,  REJECT",
    })
    void ringsOrRejectsByModeAndFavourites(ScreeningMode mode, String caller, CallScreener.Decision expected) {
        CallScreener screener = new CallScreener(mode);

        CallScreener.Decision decision = screener.decide(identification(caller), FAVOURITES);

        assertThat(decision).isEqualTo(expected);
    }

    private static Identification identification(String caller) {
        if (caller.equals("withheld")) {
            return Identification.withheld("");
        }
        if (caller.equals("unknown")) {
            return Identification.unknown("+442079460018", "+442079460018");
        }
        List<Candidate> candidates = List.of(caller.split("\\+")).stream()
                .map(key -> new Candidate(new PersonKey(key), key, null, null, PhoneType.MOBILE, SourceId.GRAPH_USERS))
                .toList();
        Identification.Kind kind = candidates.size() == 1 ? Identification.Kind.PERSON : Identification.Kind.SHARED;
        return new Identification(kind, "+491712345678", "+491712345678", candidates, "");
    }
}
