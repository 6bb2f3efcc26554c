package app.contactshield.graphsync.policy;

/**
 * A phone the user may pair, given as patterns ({@code *} matches any run of characters).
 *
 * @param address pattern of the Bluetooth address, or {@code null} for any
 * @param name    pattern of the phone's name, or {@code null} for any
 */
public record AllowedPhone(String address, String name) {
}
