package app.contactshield.callerid.link;

/**
 * Whether a phone is linked and through which backend, for the status bar.
 *
 * @param connected whether a phone is connected now
 * @param phoneName the phone's Bluetooth alias as the user named it, or empty
 * @param backend   which backend carries the link ("oFono", "PipeWire", "Hands-free", "Demo")
 * @param detail    a short explanation when not connected (which service holds the hands-free slot, say)
 */
public record LinkState(boolean connected, String phoneName, String backend, String detail) {

    /** No phone linked. */
    public static LinkState disconnected(String backend, String detail) {
        return new LinkState(false, "", backend, detail);
    }
}
