package app.contactshield.desktop.links;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds Microsoft Teams deep links for a person's user principal name: audio call, video call and chat. With the
 * Teams client installed the links use its {@code msteams:} scheme, which opens the client directly; otherwise the
 * {@code https://teams.microsoft.com} form, which the browser opens (and offers the client or the web app).
 * Immutable and thread-safe.
 */
public final class TeamsLinks {
    private static final String WEB_BASE = "https://teams.microsoft.com";
    private static final String CLIENT_BASE = "msteams:";

    private final boolean clientInstalled;

    /** @param clientInstalled whether a Teams client is registered for the {@code msteams:} scheme */
    public TeamsLinks(boolean clientInstalled) {
        this.clientInstalled = clientInstalled;
    }

    /** Whether the links open the installed client. */
    public boolean usesClient() {
        return clientInstalled;
    }

    /** A Teams audio call to the person. */
    public URI audioCall(String userPrincipalName) {
        return URI.create(base() + "/l/call/0/0?users=" + encode(userPrincipalName));
    }

    /** A Teams video call to the person. */
    public URI videoCall(String userPrincipalName) {
        return URI.create(base() + "/l/call/0/0?users=" + encode(userPrincipalName) + "&withVideo=true");
    }

    /** A Teams chat with the person. */
    public URI chat(String userPrincipalName) {
        return URI.create(base() + "/l/chat/0/0?users=" + encode(userPrincipalName));
    }

    /** A {@code mailto:} link for an e-mail address. */
    public static URI mail(String address) {
        return URI.create("mailto:" + encode(address));
    }

    private String base() {
        return clientInstalled ? CLIENT_BASE : WEB_BASE;
    }

    private static String encode(String value) {
        Objects.requireNonNull(value, "value");
        return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
    }
}
