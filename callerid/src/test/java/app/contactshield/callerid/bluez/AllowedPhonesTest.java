package app.contactshield.callerid.bluez;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AllowedPhonesTest {

    @ParameterizedTest(name = "{0} allows address \"{1}\" name \"{2}\": {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "AA:BB:*           | AA:BB:CC:DD:EE:FF | ''                   | true",
        "AA:BB:*           | aa:bb:cc:dd:ee:ff | ''                   | true",
        "AA:BB:*           | 00:1A:7D:DA:71:13 | ''                   | false",
        "*iPhone*          | ''                | Ada Beispiel iPhone  | true",
        "*iphone*          | ''                | Ada Beispiel iPhone  | true",
        "Work phone ?      | ''                | Work phone 2         | true",
        "Work phone ?      | ''                | Work phone 12        | false",
        "Ada (work)        | ''                | Ada (work)           | true",
        "Ada (work)        | ''                | Ada work             | false",
        "00:1A:7D:DA:71:13 | 00:1A:7D:DA:71:13 | Work phone           | true",
        "00:1A:7D:DA:71:13 | null              | null                 | false"
    })
    void matchesGlobPatternsAgainstAddressOrName(String pattern, String address, String name, boolean allowed) {
        AllowedPhones phones = AllowedPhones.matching(List.of(pattern));

        boolean result = phones.allows(address, name);

        assertThat(result).isEqualTo(allowed);
    }

    @Test
    void anyPhoneAllowsPhonesWithoutAddressOrName() {
        AllowedPhones phones = AllowedPhones.anyPhone();

        boolean result = phones.allows("", "");

        assertThat(result).isTrue();
    }

    @Test
    void anEmptyListAllowsNoPhone() {
        AllowedPhones phones = AllowedPhones.matching(List.of());

        boolean result = phones.allows("AA:BB:CC:DD:EE:FF", "Ada Beispiel iPhone");

        assertThat(result).isFalse();
    }

    @Test
    void blankPatternsAreDropped() {
        AllowedPhones phones = AllowedPhones.matching(List.of(" ", "", " AA:* "));

        assertThat(phones.patterns()).containsExactly("AA:*");
        assertThat(phones.allows("AA:BB:CC:DD:EE:FF", "")).isTrue();
    }

    @ParameterizedTest(name = "rule {0} & {1} allows address \"{2}\" name \"{3}\": {4}")
    @CsvSource(delimiter = '|', value = {
        "AA:BB:*  | Contoso-* | AA:BB:CC:DD:EE:FF | Contoso-Ada  | true",
        "AA:BB:*  | Contoso-* | AA:BB:CC:DD:EE:FF | Private Ada  | false",
        "AA:BB:*  | Contoso-* | 00:1A:7D:DA:71:13 | Contoso-Ada  | false",
        "*        | Contoso-* | 00:1A:7D:DA:71:13 | Contoso-Ada  | true",
        "AA:BB:*  | *         | AA:BB:CC:DD:EE:FF | Private Ada  | true"
    })
    void aPolicyRuleNeedsBothItsAddressAndItsNamePatternToMatch(String address, String name, String phoneAddress,
            String phoneName, boolean allowed) {
        AllowedPhones phones = AllowedPhones.ofRules(List.of(new AllowedPhones.Rule(address, name)));

        boolean result = phones.allows(phoneAddress, phoneName);

        assertThat(result).isEqualTo(allowed);
    }
}
