package app.contactshield.callerid.link;

/**
 * Told about calls on the paired phone. Called on the link's own event thread, never the JavaFX thread; a UI
 * listener hands the event over to its toolkit itself. Listeners must not block.
 */
public interface PhoneLinkListener {

    /** A call appeared, changed state, learnt its number, or ended ({@link CallState#ENDED}). */
    void callChanged(PhoneCall call);

    /** The link connected, disconnected or changed backend. */
    default void linkChanged(LinkState state) {
    }
}
