package app.contactshield.callerid.hfp;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link HandsFreeEngine} presents itself and behaves.
 *
 * @param phoneName           the phone's Bluetooth alias for {@link app.contactshield.callerid.link.LinkState}
 * @param backend             the backend name in the link state ("Hands-free", or "Demo")
 * @param features            the {@code AT+BRSF} bits to announce (see {@link HfpFeatures})
 * @param hideCallerIdPrefix  the dial prefix that hides the caller id for one call on the user's network
 *                            ({@code #31#} on GSM networks, {@code *67} in North America, {@code 141} in the UK);
 *                            empty when the policy gives none. HFP has no per-call CLIR command, so the engine
 *                            dials {@code ATD<prefix><number>;}.
 * @param responseTimeout     how long a command may wait for its final result
 */
public record HandsFreeSettings(String phoneName, String backend, int features, String hideCallerIdPrefix,
                                Duration responseTimeout) {

    /** The default response timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public HandsFreeSettings {
        phoneName = phoneName == null ? "" : phoneName;
        Objects.requireNonNull(backend, "backend");
        hideCallerIdPrefix = hideCallerIdPrefix == null ? "" : hideCallerIdPrefix.strip();
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("responseTimeout " + responseTimeout + " must be positive");
        }
        for (int i = 0; i < hideCallerIdPrefix.length(); i++) {
            if ("0123456789*#".indexOf(hideCallerIdPrefix.charAt(i)) < 0) {
                throw new IllegalArgumentException("hideCallerIdPrefix '" + hideCallerIdPrefix
                        + "' may hold only digits, * and #");
            }
        }
    }

    /** Settings for a Bluetooth phone: backend "Hands-free", default features and timeout, no hide prefix. */
    public static HandsFreeSettings forPhone(String phoneName) {
        return new HandsFreeSettings(phoneName, "Hands-free", HfpFeatures.DEFAULT_HF, "", DEFAULT_TIMEOUT);
    }

    /** These settings with another hide-caller-id prefix. */
    public HandsFreeSettings withHideCallerIdPrefix(String prefix) {
        return new HandsFreeSettings(phoneName, backend, features, prefix, responseTimeout);
    }

    /** These settings with another backend name. */
    public HandsFreeSettings withBackend(String name) {
        return new HandsFreeSettings(phoneName, name, features, hideCallerIdPrefix, responseTimeout);
    }

    /** These settings with other feature bits. */
    public HandsFreeSettings withFeatures(int bits) {
        return new HandsFreeSettings(phoneName, backend, bits, hideCallerIdPrefix, responseTimeout);
    }

    /** These settings with another response timeout. */
    public HandsFreeSettings withResponseTimeout(Duration timeout) {
        return new HandsFreeSettings(phoneName, backend, features, hideCallerIdPrefix, timeout);
    }
}
