package app.contactshield.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tel:+49897104215|+49897104215",
        "TEL:+49-89-7104-215|+49-89-7104-215",
        "tel:+49%2089%207104%20215|+49 89 7104 215",
        "callto://+4917055501|+4917055501",
        "callto:089 7104 215|089 7104 215",
        "tel:7104;phone-context=+49-89|7104",
        "tel:+49897104?call|+49897104"})
    void takesTheNumberOutOfTelAndCalltoLinks(String link, String number) {
        assertThat(LaunchOptions.numberOf(link)).contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tel:", "mailto:ada@example.com", "tel:skype-name", "callto:%zz", "sync"})
    void ignoresLinksWithoutANumber(String link) {
        assertThat(LaunchOptions.numberOf(link)).isEmpty();
    }
}
