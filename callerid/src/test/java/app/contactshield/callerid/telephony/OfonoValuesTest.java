package app.contactshield.callerid.telephony;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.contactshield.callerid.link.CallState;

import static org.assertj.core.api.Assertions.assertThat;

class OfonoValuesTest {

    @Test
    void readsOfonosArrayOfStructs() {
        Object[] struct = {new DBusPath("/hfp/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF"),
            Map.of("Type", new Variant<>("hfp"), "Name", new Variant<>("Ada Beispiel iPhone"))};
        Object[] values = {List.<Object>of((Object) struct)};

        Map<String, Map<String, Object>> modems = OfonoValues.objectsWithProperties(values);

        assertThat(modems).containsOnlyKeys("/hfp/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF");
        assertThat(modems.get("/hfp/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF"))
                .containsEntry("Type", "hfp")
                .containsEntry("Name", "Ada Beispiel iPhone");
    }

    @Test
    void readsPipeWiresDictionary() {
        Object[] values = {Map.of(new DBusPath("/org/freedesktop/PipeWire/Telephony/ag0"), Map.of())};

        Map<String, Map<String, Object>> modems = OfonoValues.objectsWithProperties(values);

        assertThat(modems).containsOnlyKeys("/org/freedesktop/PipeWire/Telephony/ag0");
        assertThat(modems.get("/org/freedesktop/PipeWire/Telephony/ag0")).isEmpty();
    }

    @Test
    void readsNothingFromAnEmptyAnswer() {
        assertThat(OfonoValues.objectsWithProperties(new Object[0])).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "incoming, INCOMING", "waiting, WAITING", "dialing, DIALING", "alerting, ALERTING",
        "active, ACTIVE", "held, HELD", "disconnected, ENDED", "Active, ACTIVE"
    })
    void mapsEveryCallStateOfonoDefines(String state, CallState expected) {
        assertThat(OfonoValues.callState(state)).contains(expected);
    }

    @Test
    void leavesAnUnknownStateUnmapped() {
        assertThat(OfonoValues.callState("ringing-softly")).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "withheld", "Withheld"})
    void readsEmptyOrWithheldLineIdentificationAsWithheld(String line) {
        assertThat(OfonoValues.isWithheld(line)).isTrue();
    }

    @Test
    void readsANumberAsNotWithheld() {
        assertThat(OfonoValues.isWithheld("+498971041234")).isFalse();
    }

    @Test
    void readsStringListsFromListsAndArrays() {
        Map<String, Object> properties = Map.of("A", List.of("x", "y"), "B", new String[] {"z"});

        assertThat(OfonoValues.strings(properties, "A")).contains(List.of("x", "y"));
        assertThat(OfonoValues.strings(properties, "B")).contains(List.of("z"));
        assertThat(OfonoValues.strings(properties, "C")).isEmpty();
    }
}
