package app.contactshield.callerid.call;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.LinkState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymousDialingTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "089 7104 1100    | DE | #31#08971041100",
        "+43 1 5123456    | AT | #31#+4315123456",
        "044 668 18 00    | ch | #31#0446681800",
        "01 23 45 67 89   | FR | #31#0123456789",
        "020-1234567      | NL | #31#0201234567",
        "(212) 555-0134   | US | *672125550134",
        "416 555 0199     | CA | *674165550199",
        "020 7946 0018    | GB | 14102079460018",
        "0171 2345678     |    | #31#01712345678",
        "#31#0171 2345678 | DE | #31#01712345678",
    })
    void prefixesTheNumberForTheUsersCountryWhenTheLinkCannotHideTheCallerId(String number, String region,
                                                                             String dialled) {
        AnonymousDialing.DialRequest request = AnonymousDialing.plan(number, false, region, null);

        assertThat(request.number()).isEqualTo(dialled);
        assertThat(request.hideCallerId()).isFalse();
    }

    @Test
    void usesTheLinksOwnOptionWhenItHasOne() {
        AnonymousDialing.DialRequest request = AnonymousDialing.plan("089 7104 1100", true, "US", "*67");

        assertThat(request).isEqualTo(new AnonymousDialing.DialRequest("089 7104 1100", true));
    }

    @Test
    void prefersThePolicysPrefixOverTheDefaultTable() {
        AnonymousDialing.DialRequest request = AnonymousDialing.plan("020 7946 0018", false, "GB", " #31# ");

        assertThat(request.number()).isEqualTo("#31#02079460018");
    }

    @Test
    void knowsWhichBackendsHideTheCallerIdThemselves() {
        assertThat(AnonymousDialing.hidesNatively(new LinkState(true, "Phone", "oFono", ""))).isTrue();
        assertThat(AnonymousDialing.hidesNatively(new LinkState(true, "Phone", "PipeWire", ""))).isFalse();
        assertThat(AnonymousDialing.hidesNatively(new LinkState(true, "Phone", "Hands-free", ""))).isFalse();
        assertThat(AnonymousDialing.hidesNatively(null)).isFalse();
    }
}
