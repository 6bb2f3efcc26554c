package app.contactshield.graphsync.graph;

import java.io.IOException;
import java.net.URI;

/**
 * Sends one authorised GET to Microsoft Graph and hands back the response with its body still unread, so the page
 * parser can stream it. The seam lets demo mode serve generated pages through the same parser and sync path.
 * Implementations are thread-safe; calls block the calling thread, which must never be the JavaFX thread.
 */
public interface GraphTransport {

    /**
     * Sends {@code GET uri}.
     *
     * @param uri         an absolute Graph URL (a first-page URL, an {@code @odata.nextLink} or a deltaLink)
     * @param accessToken the bearer token; implementations never log it
     * @return the response; the caller closes it
     * @throws IOException when the request could not be sent or the response head could not be read
     */
    GraphResponse get(URI uri, String accessToken) throws IOException;
}
