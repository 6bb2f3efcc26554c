package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.PhoneCall;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** A phone that floods an {@code AT+CLCC} listing cannot make the session hold more than a bounded number of rows. */
class CallListingBoundTest {

    @Provide
    Arbitrary<List<String>> floods() {
        Arbitrary<String> row = Arbitraries.integers().between(-5, 100_000).map(index ->
                "+CLCC: " + index + ",1,4,0,0,\"0897104" + Math.floorMod(index, 10_000) + "\",129");
        Arbitrary<String> bare = Arbitraries.integers().between(1, 9).map(index -> "+CLCC: " + index + ",0,0,0,0");
        Arbitrary<String> garbage = Arbitraries.strings().withChars("+CL:0123456789,\" ").ofMaxLength(30);
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(8, row), Tuple.of(2, bare), Tuple.of(1, garbage));
        return line.list().ofMinSize(0).ofMaxSize(400);
    }

    @Property(tries = 60)
    void aListingInFlightNeverHoldsMoreThanTheBound(@ForAll("floods") List<String> lines) {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 3,1");

        for (String line : lines) {
            h.phone(line);
            assertThat(h.session.listedRowsInFlight()).isLessThanOrEqualTo(HandsFreeSession.MAX_LISTED_CALLS);
        }
        h.phone("OK");

        assertThat(h.session.listedRowsInFlight()).isZero();
        assertThat(h.events.stream().map(PhoneCall::callId).distinct().count())
                .isLessThanOrEqualTo(HandsFreeSession.MAX_LISTED_CALLS + 1L);
    }

    @Test
    void keepsTheFirstRowsOfAnOverlongListingAndReportsTheCallsInThem() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 3,1");

        h.phone("+CLCC: 1,1,4,0,0,\"08971040233\",129");
        for (int i = 0; i < 1_000; i++) {
            h.phone("+CLCC: 2,1,5,0,0,\"+498971040120\",145");
        }
        h.phone("OK");

        assertThat(h.events).extracting(PhoneCall::number).contains("08971040233");
        assertThat(h.session.listedRowsInFlight()).isZero();
    }
}
