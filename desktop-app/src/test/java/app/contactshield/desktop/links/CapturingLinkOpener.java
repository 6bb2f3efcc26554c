package app.contactshield.desktop.links;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every link the app opens instead of opening it. */
public final class CapturingLinkOpener implements LinkOpener {
    private final List<URI> opened = new CopyOnWriteArrayList<>();

    @Override
    public void open(URI uri) {
        opened.add(uri);
    }

    /** Every link opened so far, in order. */
    public List<URI> opened() {
        return List.copyOf(opened);
    }
}
