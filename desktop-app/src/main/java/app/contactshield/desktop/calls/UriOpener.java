package app.contactshield.desktop.calls;

import java.net.URI;

/**
 * Opens a link (a Teams deep link) in the system's handler. The app shell passes its own link opener; tests pass
 * one that records the URI.
 */
@FunctionalInterface
public interface UriOpener {

    /** Opens the URI; may be called on any thread. */
    void open(URI uri);
}
