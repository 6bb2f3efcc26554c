package app.contactshield.callerid.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.policy.AllowedPhone;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhoneLinkSettingsTest {

    @ParameterizedTest(name = "region {0}, policy prefix \"{1}\" hides with {2}")
    @CsvSource(delimiter = '|', value = {
        "DE | ''    | #31#",
        "US | ''    | *67",
        "CA | ''    | *67",
        "GB | ''    | 141",
        "AT | ''    | #31#",
        "DE | *31#  | *31#",
        "US | ' 1 ' | 1"
    })
    void hidesTheCallerIdWithThePolicysPrefixElseTheCountrysDefault(String region, String policyPrefix,
            String expected) {
        PhoneLinkSettings settings = PhoneLinkSettings.fromPolicy(List.of(), policyPrefix, region, "");

        assertThat(settings.anonymousDialPrefix()).isEqualTo(expected);
    }

    @Test
    void noPolicyPhonesAllowsAnyPairedPhone() {
        PhoneLinkSettings settings = PhoneLinkSettings.fromPolicy(List.of(), null, "DE", "");

        assertThat(settings.allowedPhones().allows("00:1A:7D:DA:71:13", "Anyone's phone")).isTrue();
    }

    @Test
    void thePolicysPhonesNeedTheirAddressAndNameToMatch() {
        PhoneLinkSettings settings = PhoneLinkSettings.fromPolicy(
                List.of(new AllowedPhone("AA:BB:*", "Contoso-*")), null, "DE", "");

        assertThat(settings.allowedPhones().allows("AA:BB:CC:DD:EE:FF", "Contoso-Ada")).isTrue();
        assertThat(settings.allowedPhones().allows("AA:BB:CC:DD:EE:FF", "Ada privat")).isFalse();
        assertThat(settings.allowedPhones().allows("00:1A:7D:DA:71:13", "Contoso-Ada")).isFalse();
    }
}
