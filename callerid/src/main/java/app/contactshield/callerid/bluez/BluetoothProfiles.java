package app.contactshield.callerid.bluez;

import java.util.List;

/**
 * The Bluetooth profiles Contact Shield registers with BlueZ. Only numbers travel between the phone and the desktop:
 * the app registers the hands-free unit role and nothing else, never the phonebook access profile (PBAP), the message
 * access profile (MAP) or object push (OPP).
 */
public final class BluetoothProfiles {

    /** Hands-Free Profile, hands-free unit role (service class 0x111E). */
    public static final String HFP_HANDS_FREE_UUID = "0000111e-0000-1000-8000-00805f9b34fb";

    /** Every profile UUID the app ever passes to {@code ProfileManager1.RegisterProfile}. */
    public static final List<String> REGISTERED = List.of(HFP_HANDS_FREE_UUID);

    /** The HFP version announced in the SDP record: 1.8. */
    public static final int HFP_VERSION = 0x0108;

    /**
     * The hands-free supported features announced in the SDP record: call waiting and three-way calling (bit 1) and
     * calling line identification presentation (bit 2).
     */
    public static final int HFP_HF_SDP_FEATURES = 0x0002 | 0x0004;

    private BluetoothProfiles() {
    }
}
