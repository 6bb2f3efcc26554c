package app.contactshield.callerid.demo;

import app.contactshield.callerid.index.Identification;
import java.util.Objects;

/**
 * One scripted demo caller: the number as the network delivers it, in which format, and what caller ID should make
 * of it in the bundled demo directory.
 *
 * @param number       the number as delivered ({@code ""} when the format hides it)
 * @param format       how the network delivers it
 * @param expected     what caller ID finds in the demo directory
 * @param waiting      whether this caller rings as call waiting, while the previous call is active
 * @param answeredHere whether the user picks this call up on the handset after two rings (so that a second call
 *                     can wait on it)
 */
public record DemoCaller(String number, ClipFormat format, Identification.Kind expected, boolean waiting,
        boolean answeredHere) {

    public DemoCaller {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(expected, "expected");
    }

    /** A caller who rings while the phone is idle. */
    static DemoCaller rings(String number, ClipFormat format, Identification.Kind expected) {
        return new DemoCaller(number, format, expected, false, false);
    }
}
