package app.contactshield.callerid.telephony;

import java.util.List;

/**
 * Where a telephony service lives: its bus name and manager object, on which bus, and what to call it for the user.
 *
 * @param busName     the service's well-known name
 * @param managerPath the object implementing {@code org.ofono.Manager}
 * @param systemBus   whether the service is on the system bus (else the session bus)
 * @param backend     the name shown in the link state ("PipeWire", "oFono")
 */
record TelephonyEndpoint(String busName, String managerPath, boolean systemBus, String backend) {

    static final TelephonyEndpoint PIPEWIRE = new TelephonyEndpoint("org.freedesktop.PipeWire.Telephony",
            "/org/freedesktop/PipeWire/Telephony", false, "PipeWire");
    static final TelephonyEndpoint PIPEWIRE_1_4 = new TelephonyEndpoint("org.pipewire.Telephony",
            "/org/pipewire/Telephony", false, "PipeWire");
    static final TelephonyEndpoint OFONO = new TelephonyEndpoint("org.ofono", "/", true, "oFono");

    /** The PipeWire names, newest first. */
    static final List<TelephonyEndpoint> PIPEWIRE_NAMES = List.of(PIPEWIRE, PIPEWIRE_1_4);
}
