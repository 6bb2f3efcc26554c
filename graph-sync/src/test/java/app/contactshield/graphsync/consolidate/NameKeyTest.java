package app.contactshield.graphsync.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "''{0}'' reads as ''{1}''")
    @CsvSource({
        "'Müller, Jörg', jorg muller",
        "'  JÖRG   müller ', jorg muller",
        "Zoë Exempel-Probe, exempel probe zoe",
        "Straßmann Åsa, asa strassmann",
        "'', ''"})
    void namesFoldToAccentCaseAndOrderFreeForm(String name, String expected) {
        String key = NameKey.of(name);

        assertThat(key).isEqualTo(expected == null ? "" : expected);
    }
}
