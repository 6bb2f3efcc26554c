package app.contactshield.callerid.bluez;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BluetoothProfilesTest {

    @Test
    void registersOnlyTheHandsFreeUnitRole() {
        assertThat(BluetoothProfiles.REGISTERED).containsExactly("0000111e-0000-1000-8000-00805f9b34fb");
    }

    @ParameterizedTest(name = "never {0} ({1})")
    @CsvSource({
        "PBAP phonebook client, 112E",
        "PBAP phonebook server, 112F",
        "PBAP profile, 1130",
        "MAP message server, 1132",
        "MAP message notification server, 1133",
        "MAP profile, 1134",
        "OPP object push, 1105",
        "HFP audio gateway, 111F"
    })
    void neverRegistersAProfileThatCouldMoveContactsOrMessages(String profile, String shortUuid) {
        String uuid = "0000" + shortUuid.toLowerCase(Locale.ROOT) + "-0000-1000-8000-00805f9b34fb";

        assertThat(BluetoothProfiles.REGISTERED)
                .noneMatch(registered -> registered.equalsIgnoreCase(uuid));
    }
}
