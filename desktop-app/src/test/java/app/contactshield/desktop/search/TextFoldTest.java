package app.contactshield.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldTest {

    @ParameterizedTest
    @CsvSource({
        "Müller, muller",
        "Mueller, muller",
        "muller, muller",
        "MÜLLER, muller",
        "Schäfer, schafer",
        "Schaefer, schafer",
        "Großmann, grossmann",
        "Zoë, zo",
        "Ångström, angstrom",
        "Chloé, chlo",
        "Yılmaz, yilmaz",
        "Łukasz, lukasz",
    })
    void foldsAccentsAndUmlautsBothWays(String text, String folded) {
        String result = TextFold.fold(text);

        assertThat(result).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"Mü, Müller", "Mue, Mueller", "Mu, Müller", "Schae, Schäfer", "Gro, Großmann"})
    void keepsPrefixesAsPrefixes(String typed, String word) {
        String foldedTyped = TextFold.fold(typed);

        assertThat(TextFold.fold(word)).startsWith(foldedTyped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ada.beispiel@contoso.example|ada beispiel contoso example",
        "Jürgen  Müller-Lüdenscheidt|jurgen muller ludenscheidt",
        "Head of IT (Munich)|head of it munich",
    })
    void splitsTextIntoFoldedTokens(String text, String tokens) {
        var result = TextFold.tokens(text);

        assertThat(String.join(" ", result)).isEqualTo(tokens);
    }
}
