package app.contactshield.desktop.calls;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Teams deep links. */
public final class TeamsLinks {
    private TeamsLinks() {
    }

    /** {@code https://teams.microsoft.com/l/chat/0/0?users=<upn>}: a one-to-one chat with the user. */
    public static URI chat(String userPrincipalName) {
        String user = URLEncoder.encode(userPrincipalName, StandardCharsets.UTF_8).replace("%40", "@");
        return URI.create("https://teams.microsoft.com/l/chat/0/0?users=" + user);
    }
}
