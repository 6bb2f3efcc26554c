package app.contactshield.desktop.signin;

import java.net.URI;
import java.util.Objects;

/**
 * The device code to show: the user opens the link on another device and types the code.
 *
 * @param userCode        the code, for example {@code FZ8XK2Q4T}
 * @param verificationUri the page to open, for example {@code https://microsoft.com/devicelogin}
 */
public record DeviceCodePrompt(String userCode, URI verificationUri) {

    public DeviceCodePrompt {
        Objects.requireNonNull(userCode, "userCode");
        Objects.requireNonNull(verificationUri, "verificationUri");
    }
}
