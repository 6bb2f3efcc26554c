package app.contactshield.graphsync.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalizerTest {

    @ParameterizedTest(name = "{0} in {1} -> {2} ext {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "+49 (0)89 7104 1234        | DE | +498971041234  | -",
        "+49(0)89-7104-1234         | DE | +498971041234  | -",
        "(0)89 7104 1234            | DE | +498971041234  | -",
        "0049 89 7104 1234          | DE | +498971041234  | -",
        "0049 89 7104 1234          | US | +498971041234  | -",
        "011 49 89 7104 1234        | US | +498971041234  | -",
        "089 71041234               | DE | +498971041234  | -",
        "089.7104.1234              | DE | +498971041234  | -",
        "+49.89.7104.1234           | DE | +498971041234  | -",
        "+49 89 7104 1234 x123      | DE | +498971041234  | 123",
        "+49 89 7104 1234 ext. 12   | DE | +498971041234  | 12",
        "+49 89 7104 1234;ext=12    | DE | +498971041234  | 12",
        "tel:+49-89-7104-1234;ext=12| DE | +498971041234  | 12",
        "tel:+49-89-7104-1234       | US | +498971041234  | -",
        "089 7104-20                | DE | +4989710420    | 20",
        "+49 89 7104-0              | DE | +498971040     | 0",
        "089/7104-1234              | DE | +498971041234  | 1234",
        "+49 89 7104 1234-20        | DE | +49897104123420| 20",
        "+49 171 1234567-20         | DE | +491711234567  | 20",
        "+49-89-7104-1234           | DE | +498971041234  | -",
        "+1 212 555 0134-20         | US | +12125550134   | 20",
        "212-555-0134               | US | +12125550134   | -",
        "4989 7104 1234             | DE | +498971041234  | -",
        "498971041234               | DE | +498971041234  | -",
        "49(0)345279580             | DE | +49345279580   | -",
        "493030808459               | DE | +493030808459  | -",
        "491622897000               | DE | +491622897000  | -",
        "491786730000               | DE | +491786730000  | -",
        "+49(0)15123020000          | DE | +4915123020000 | -",
        "447717512000               | GB | +447717512000  | -",
        "447717512000               | DE | +447717512000  | -",
        "4312345678                 | DE | +4312345678    | -",
        "0431 2345678               | DE | +494312345678  | -",
        "0041 44 668 18 00          | DE | +41446681800   | -",
        "0699999999                 | FR | +33699999999   | -",
        "06 99 99 99 99             | FR | +33699999999   | -",
        "020 7946 0018              | GB | +442079460018  | -",
        "1-800-FLOWERS              | US | +18003569377   | -",
        "(650) 253-0000             | US | +16502530000   | -",
        "650.253.0000               | US | +16502530000   | -",
        "+1 425 555 0109            | DE | +14255550109   | -",
        "\uFF0B\uFF14\uFF19 \uFF18\uFF19 \uFF17\uFF11\uFF10\uFF14 \uFF11\uFF12\uFF13\uFF14 | DE | +498971041234 | -",
        "\uFF10\uFF18\uFF19 \uFF17\uFF11\uFF10\uFF14 \uFF11\uFF12\uFF13\uFF14 | DE | +498971041234 | -",
    })
    void normalisesWrittenFormsToTheExpectedE164(String raw, String region, String e164, String extension) {
        PhoneNormalizer normalizer = new PhoneNormalizer(region);

        PhoneNumber number = normalizer.normalise(PhoneType.BUSINESS, raw);

        assertThat(number.raw()).isEqualTo(raw);
        assertThat(number.e164()).isEqualTo(e164);
        assertThat(number.extension()).isEqualTo(extension);
        assertThat(normalizer.toE164(raw)).contains(e164);
        assertThat(normalizer.e164Key(raw)).isEqualTo(E164Keys.of(e164));
    }

    @ParameterizedTest(name = "separator U+{0}")
    @ValueSource(strings = {"0009", "000A", "000B", "000C", "000D", "0085", "00A0", "1680", "2002", "2007", "2009",
        "200A", "2028", "2029", "202F", "205F", "3000"})
    void anyWhiteSpaceBetweenDigitGroupsSeparatesThemAsASpaceDoes(String codePoint) {
        String space = Character.toString(Integer.parseInt(codePoint, 16));
        PhoneNormalizer normalizer = new PhoneNormalizer("DE");

        String national = "089" + space + "7104" + space + "1234";
        String international = "+49" + space + space + "89" + space + "7104-20";

        assertThat(normalizer.toE164(national)).contains("+498971041234");
        assertThat(normalizer.problemWith(national)).isEmpty();
        assertThat(normalizer.normalise(PhoneType.BUSINESS, international).extension()).isEqualTo("20");
        assertThat(normalizer.e164Key(space + national + space)).isEqualTo(E164Keys.of("+498971041234"));
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "anonymous        | DE | NOT_A_NUMBER",
        "7yy-zzz-www      | US | NOT_A_NUMBER",
        "111-1111         | US | TOO_SHORT",
        "+49 89           | DE | TOO_SHORT",
        "089 7104 1234    | XX | NO_COUNTRY_CODE",
        "+7 000 000-00-00 | US | NOT_VALID",
    })
    void keepsUnreadableNumbersAsDeliveredAndSaysWhy(String raw, String region, NumberProblem problem) {
        PhoneNormalizer normalizer = new PhoneNormalizer(region);

        PhoneNumber number = normalizer.normalise(PhoneType.MOBILE, raw);

        assertThat(number.isNormalised()).isFalse();
        assertThat(number.raw()).isEqualTo(raw);
        assertThat(normalizer.e164Key(raw)).isEqualTo(E164Keys.NONE);
        assertThat(normalizer.problemWith(raw)).contains(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void treatsBlankNumbersAsEmpty(String raw) {
        PhoneNormalizer normalizer = new PhoneNormalizer("DE");

        PhoneNumber number = normalizer.normalise(PhoneType.OTHER, raw);

        assertThat(number.isNormalised()).isFalse();
        assertThat(normalizer.problemWith(raw)).contains(NumberProblem.EMPTY);
    }

    @Test
    void saysNothingIsWrongWithAReadableNumber() {
        PhoneNormalizer normalizer = new PhoneNormalizer("de");

        assertThat(normalizer.problemWith("089 7104 1234")).isEmpty();
        assertThat(normalizer.defaultRegion()).isEqualTo("DE");
    }

    @Test
    void takesThePolicyRegionWhenSupportedElseTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK);

            assertThat(PhoneNormalizer.forPolicyRegion("at").defaultRegion()).isEqualTo("AT");
            assertThat(PhoneNormalizer.forPolicyRegion(null).defaultRegion()).isEqualTo("GB");
            assertThat(PhoneNormalizer.forPolicyRegion("XX").defaultRegion()).isEqualTo("GB");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
