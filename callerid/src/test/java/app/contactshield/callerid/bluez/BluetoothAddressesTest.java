package app.contactshield.callerid.bluez;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BluetoothAddressesTest {

    @ParameterizedTest(name = "\"{0}\" is logged as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "AA:BB:CC:DD:EE:FF       | AA:BB:••:••:••:FF",
        "00:1a:7d:da:71:13       | 00:1A:••:••:••:13",
        "''                      | (no address)",
        "Ada Beispiel iPhone     | (no address)",
        "AA:BB:CC:DD:EE          | (no address)",
        "AA:BB:CC:DD:EE:FF:00    | (no address)"
    })
    void masksTheMiddleOctetsAndNothingElseSlipsThrough(String address, String masked) {
        String result = BluetoothAddresses.mask(address);

        assertThat(result).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource(delimiter = '|', value = {
        "/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF                  | AA:BB:CC:DD:EE:FF",
        "/hfp/org/bluez/hci0/dev_00_1a_7d_da_71_13              | 00:1A:7D:DA:71:13",
        "/hfp/org/bluez/hci0/dev_00_1A_7D_DA_71_13/voicecall01  | 00:1A:7D:DA:71:13"
    })
    void readsTheAddressFromBluezAndOfonoObjectPaths(String path, String address) {
        assertThat(BluetoothAddresses.fromObjectPath(path)).contains(address);
    }

    @Test
    void findsNoAddressInAPathWithoutDevice() {
        assertThat(BluetoothAddresses.fromObjectPath("/ril_0/voicecall01")).isEmpty();
    }

    @Test
    void masksTheAddressInsideAnOfonoCallPathAndKeepsTheCallName() {
        String masked = BluetoothAddresses.maskInPath("/hfp/org/bluez/hci0/dev_00_1a_7d_da_71_13/voicecall01");

        assertThat(masked)
                .isEqualTo("/hfp/org/bluez/hci0/dev_00_1A_\u2022\u2022_\u2022\u2022_\u2022\u2022_13/voicecall01")
                .doesNotContain("7d", "7D", "da", "71");
    }

    @Test
    void leavesAnIdWithoutAnAddressAsItIs() {
        assertThat(BluetoothAddresses.maskInPath("3")).isEqualTo("3");
        assertThat(BluetoothAddresses.maskInPath("/ril_0/voicecall01")).isEqualTo("/ril_0/voicecall01");
    }
}
