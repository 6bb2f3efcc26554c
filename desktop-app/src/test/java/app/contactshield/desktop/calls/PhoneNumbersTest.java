package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aMissingNumberReadsAsNothing() {
        assertThat(PhoneNumbers.format("", "DE")).isEmpty();
        assertThat(PhoneNumbers.format(null, "DE")).isEmpty();
    }
}
