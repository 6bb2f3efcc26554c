package app.contactshield.desktop.links;

import java.net.URI;

/**
 * Hands a link to the operating system (a browser, the Teams client, the mail program). Every link the app opens
 * goes through one instance, so that tests can capture the exact URIs. Implementations must not block the caller.
 */
@FunctionalInterface
public interface LinkOpener {

    /** Opens the link. */
    void open(URI uri);

    /**
     * Opens the link and runs {@code unopenable} when nothing on this machine can open it, so that the screen can say
     * so. {@code unopenable} may run on any thread. Openers that cannot tell just open the link.
     */
    default void open(URI uri, Runnable unopenable) {
        open(uri);
    }
}
