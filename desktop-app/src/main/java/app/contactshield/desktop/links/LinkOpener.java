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
}
