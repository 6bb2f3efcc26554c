package app.contactshield.callerid.call;

/**
 * Told about calls, ready for the UI. Called on the {@link CallCoordinator}'s event thread (see its constructor),
 * never on the JavaFX thread: a UI listener hands each event to its toolkit itself ({@code Platform.runLater}).
 * Listeners must return quickly and must not call the coordinator's blocking commands on that thread.
 */
public interface CallEventListener {

    /**
     * An incoming call rings, or a ringing call's identification changed (its number arrived late). A call that
     * screening rejects is not announced; it arrives as {@link #ended} with {@code screened = true}.
     */
    default void ringing(CallView call) {
    }

    /** A second incoming call is waiting while another call is active; sent again when its number arrives. */
    default void waiting(CallView call) {
    }

    /** An outgoing call is being set up or the other side rings. */
    default void dialling(CallView call) {
    }

    /** A call is connected. */
    default void active(CallView call) {
    }

    /** A call is on hold. */
    default void held(CallView call) {
    }

    /** A call is over; {@link CallView#outcome()} says what happened. The last event for a call. */
    default void ended(CallView call) {
    }
}
