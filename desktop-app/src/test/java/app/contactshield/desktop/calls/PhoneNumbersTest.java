package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} with default region {1} reads {2}")
    @CsvSource(delimiter = '|', value = {
        "+498971041201|DE|089 71041201",
        "+49 89 7104 1201|DE|089 71041201",
        "089 71041201|DE|089 71041201",
        "+43153212340|DE|+43 1 53212340",
        "+498971041201|AT|+49 89 71041201",
        "+14155552671|DE|+1 415-555-2671",
        "+14155552671|US|(415) 555-2671",
        "+49 89 7104 1201 ext. 12|DE|089 71041201 ext. 12",
        "+43 1 53212340 x 77|DE|+43 1 53212340 ext. 77",
        "Switchboard|DE|Switchboard"})
    void numbersOfTheDefaultRegionReadNationallyAndForeignOnesInternationally(String raw, String region,
            String shown) {
        assertThat(PhoneNumbers.format(raw, region)).isEqualTo(shown);
    }

    @Test
    void anExtensionKeptApartFollowsTheNumberInTheScreensWording() {
        assertThat(PhoneNumbers.format("+498971041201", "123", "DE", "ext. {0}")).isEqualTo("089 71041201 ext. 123");
        assertThat(PhoneNumbers.format("+43153212340", "9", "DE", "Durchwahl {0}"))
                .isEqualTo("+43 1 53212340 Durchwahl 9");
    }

    @ParameterizedTest(name = "{0} in {1} reads {2}")
    @CsvSource(delimiter = '|', value = {
        "+49 89 7104-201|US|+49 89 7104201",
        "089 7104-201|DE|089 7104201",
        "089 71040202 ext. 202|DE|089 71040202 ext. 202",
        "+49 89 7104 1202 x 1202|US|+49 89 71041202 ext. 1202",
        "+1 425 555 0100 x100|US|(425) 555-0100 ext. 100",
        "Switchboard|DE|Switchboard"})
    void aContactsDirectDialSuffixIsNotRepeatedButAPbxExtensionIsShown(String raw, String region, String shown) {
        PhoneNumber stored = new PhoneNormalizer(region).normalise(PhoneType.BUSINESS, raw);

        assertThat(PhoneNumbers.format(stored, region, PhoneNumbers.EXTENSION)).isEqualTo(shown);
    }

    @Test
    void aMissingNumberReadsAsNothing() {
        assertThat(PhoneNumbers.format("", "DE")).isEmpty();
        assertThat(PhoneNumbers.format(null, "DE")).isEmpty();
    }
}
