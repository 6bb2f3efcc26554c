package app.contactshield.callerid.link;

import app.contactshield.callerid.bluez.BluetoothAddresses;
import app.contactshield.callerid.hfp.PhoneMask;
import java.util.Objects;

/**
 * One call on the paired phone. Only the number travels; the phone's address book is never read.
 *
 * @param callId   an id unique among the link's current calls (the modem's call object path, or an HFP index)
 * @param number   the number exactly as the network delivered it; empty when withheld or not (yet) known
 * @param state    the call's state
 * @param withheld {@code true} when the network said the caller withheld the number
 */
public record PhoneCall(String callId, String number, CallState state, boolean withheld) {

    public PhoneCall {
        Objects.requireNonNull(callId, "callId");
        number = number == null ? "" : number;
        Objects.requireNonNull(state, "state");
    }

    /** Masks the number and any device address in the call id: records of calls end up in log lines. */
    @Override
    public String toString() {
        return "PhoneCall[" + BluetoothAddresses.maskInPath(callId) + ", " + PhoneMask.mask(number) + ", " + state
                + (withheld ? ", withheld]" : "]");
    }

    /** This call in another state. */
    public PhoneCall withState(CallState newState) {
        return new PhoneCall(callId, number, newState, withheld);
    }
}
