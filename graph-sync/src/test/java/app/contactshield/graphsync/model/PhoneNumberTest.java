package app.contactshield.graphsync.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.phone.PhoneNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {
    private static final PhoneNormalizer GERMANY = new PhoneNormalizer("DE");
    private static final PhoneNormalizer US = new PhoneNormalizer("US");

    @ParameterizedTest(name = "{0} ({1}) identifies a caller: {2}")
    @CsvSource(delimiter = '|', value = {
        "+49 89 7104-20        | DE | true",
        "089 7104 20           | DE | true",
        "+49 89 7104 0 ext. 20 | DE | false",
        "+1 425 555 0100 x123  | US | false",
        "(425) 555-0100        | US | true",
        "not a number          | DE | false"})
    void onlyNumbersTheNetworkCanDeliverIdentifyACaller(String raw, String region, boolean identifies) {
        PhoneNumber number = ("US".equals(region) ? US : GERMANY).normalise(PhoneType.BUSINESS, raw);

        assertThat(number.identifiesCaller()).isEqualTo(identifies);
        assertThat(number.raw()).isEqualTo(raw);
    }
}
