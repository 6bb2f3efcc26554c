package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtTokenizerTest {

    private static String render(List<AtField> fields) {
        StringBuilder sb = new StringBuilder();
        for (AtField f : fields) {
            sb.append(sb.length() == 0 ? "" : "|");
            if (f instanceof AtField.Group g) {
                sb.append('(').append(render(g.items())).append(')');
            } else {
                AtField.Text t = (AtField.Text) f;
                sb.append(t.quoted() ? "q:" : "").append(t.value());
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "1,2,3 # 1|2|3",
        " 1 , 2 ,3  # 1|2|3",
        "\"a,b\",129 # q:a,b|129",
        "\"\",128,,,,1 # q:|128||||1",
        "1, # 1|",
        "(0,1,1x,2,2x,3,4) # (0|1|1x|2|2x|3|4)",
        "(\"service\",(0-1)),(\"call\",(0,1)) # (q:service|(0-1))|(q:call|(0|1))",
        "\"unterminated # q:unterminated",
        "((1,2 # ((1|2))",
        "1)2,3 # 1)2|3",
        "\"a\"b,c # ab|c"})
    void fieldsAreSplitTolerantly(String input, String expected) {
        List<AtField> fields = AtTokenizer.tokenize(input);

        assertThat(render(fields)).isEqualTo(expected.strip());
    }

    @Test
    void blankInputHasNoFields() {
        assertThat(AtTokenizer.tokenize("   ")).isEmpty();
    }

    @Test
    void nestingDeeperThanTheLimitStaysText() {
        String deep = "(".repeat(50) + "1" + ")".repeat(50);

        List<AtField> fields = AtTokenizer.tokenize(deep);

        AtField f = fields.get(0);
        int depth = 0;
        while (f instanceof AtField.Group g) {
            depth++;
            f = g.items().get(0);
        }
        assertThat(depth).isEqualTo(AtTokenizer.MAX_DEPTH);
    }

    @Test
    void numbersReadWithSpacesButNotWithSigns() {
        assertThat(new AtField.Text(" 42 ", false).asInt()).hasValue(42);
        assertThat(new AtField.Text("-1", false).asInt()).isEmpty();
        assertThat(new AtField.Text("99999999999", false).asInt()).isEmpty();
    }
}
