package app.contactshield.graphsync.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableTextTest {

    @ParameterizedTest(name = "U+{0} is shown as {1}")
    @CsvSource({"001B, \\u001B", "0007, \\u0007", "0000, \\u0000", "007F, \\u007F", "0085, \\u0085",
        "202E, \\u202E", "2028, \\u2028", "200B, \\u200B"})
    void charactersThatWouldSteerATerminalOrReorderALineAreEscaped(String codePoint, String shown) {
        String text = "089" + Character.toString(Integer.parseInt(codePoint, 16)) + "7104";

        String printable = PrintableText.escaped(text);

        assertThat(printable).isEqualTo("089" + shown + "7104");
        assertThat(printable.codePoints()).allMatch(c -> c >= ' ' && c < 0x7F);
    }

    @Test
    void printableTextOfAnyScriptStaysAsItIs() {
        String text = "Jiří Dvořák · ٠٨٩ ７１０４ — Zoë 😀 \\ tab";

        assertThat(PrintableText.escaped(text)).isSameAs(text);
    }

    @Test
    void aLongTextIsCutAfterTheGivenCharactersBeforeItIsEscaped() {
        String text = "\u001B".repeat(3) + "x".repeat(100);

        String shortened = PrintableText.shortened(text, 5);

        assertThat(shortened).isEqualTo("\\u001B\\u001B\\u001Bxx…");
        assertThat(PrintableText.shortened("12345", 5)).isEqualTo("12345");
        assertThat(PrintableText.shortened("😀".repeat(6), 5)).isEqualTo("😀".repeat(5) + "…");
    }
}
