package app.contactshield.graphsync.policy;

/**
 * A phone the policy lets the app link with. Patterns are globs ({@code *} and {@code ?}), case-insensitive.
 *
 * @param addressPattern pattern for the Bluetooth address, such as {@code AA:BB:*}
 * @param namePattern    pattern for the phone's name, such as {@code Contoso-*}
 */
public record AllowedPhone(String addressPattern, String namePattern) {
}
