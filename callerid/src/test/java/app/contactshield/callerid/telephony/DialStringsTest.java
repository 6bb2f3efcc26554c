package app.contactshield.callerid.telephony;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.contactshield.callerid.link.PhoneLinkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialStringsTest {

    @ParameterizedTest(name = "\"{0}\" dials {1}")
    @CsvSource(delimiter = '|', value = {
        "+49 89 7104-1234      | +498971041234",
        "(089) 7104 / 12.34    | 08971041234",
        "#31#+498971041234     | #31#+498971041234",
        "*67 555 0100          | *675550100",
        "0897104,1234          | 0897104,1234"
    })
    void keepsOnlyDialableCharacters(String number, String dialString) throws PhoneLinkException {
        assertThat(DialStrings.clean(number)).isEqualTo(dialString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "- / ."})
    void refusesANumberWithNothingToDial(String number) {
        assertThatThrownBy(() -> DialStrings.clean(number)).isInstanceOf(PhoneLinkException.class);
    }

    @Test
    void namesThePositionOfAnUndialableCharacter() {
        assertThatThrownBy(() -> DialStrings.clean("0897104x12"))
                .isInstanceOf(PhoneLinkException.class)
                .hasMessageContaining("character 8");
    }

    @Test
    void refusesMoreThanEightyDigits() {
        assertThatThrownBy(() -> DialStrings.clean("1".repeat(81)))
                .isInstanceOf(PhoneLinkException.class)
                .hasMessageContaining("81 dialable characters")
                .hasMessageContaining("1 to 80");
    }
}
