package app.contactshield.graphsync.auth;

import java.time.Duration;

/**
 * What to show the user during a device-code sign-in. Holds no secret: the user code is meant to be typed.
 *
 * @param userCode        the code to enter
 * @param verificationUri where to enter it
 * @param message         Entra ID's own sentence explaining both
 * @param expiresIn       how long the code stays valid
 */
public record DeviceCodePrompt(String userCode, String verificationUri, String message, Duration expiresIn) {
}
