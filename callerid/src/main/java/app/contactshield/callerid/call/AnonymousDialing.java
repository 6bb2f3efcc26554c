package app.contactshield.callerid.call;

import app.contactshield.callerid.link.LinkState;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How to call someone without showing the user's number. A pure function of its inputs; thread-safe.
 *
 * <p>The decision, in order:
 * <ol>
 *   <li>When the link can hide the caller id itself (oFono's {@code hide_callerid} argument to {@code Dial}),
 *       the number is dialled unchanged with {@code hideCallerId = true}.</li>
 *   <li>Else, when the policy sets a prefix for the user's country, that prefix goes before the number.</li>
 *   <li>Else the default prefix for the user's country (the policy's default region): {@value #NORTH_AMERICA} in
 *       the United States and Canada, {@value #UNITED_KINGDOM} in the United Kingdom, and the GSM supplementary
 *       service code {@value #GSM} (3GPP TS 22.030, per-call CLIR suppression) everywhere else: Germany, Austria,
 *       Switzerland, France, the Netherlands and the other GSM networks.</li>
 * </ol>
 * A prefixed number is dialled with {@code hideCallerId = false}, since the prefix already asks the network.
 */
public final class AnonymousDialing {
    /** The GSM code that withholds the caller id for one call. */
    public static final String GSM = "#31#";
    /** The North American vertical service code for the same. */
    public static final String NORTH_AMERICA = "*67";
    /** The United Kingdom's code for the same. */
    public static final String UNITED_KINGDOM = "141";

    private static final Set<String> NORTH_AMERICAN_REGIONS = Set.of("US", "CA");
    private static final Set<String> NATIVE_BACKENDS = Set.of("ofono", "demo");

    private AnonymousDialing() {
    }

    /**
     * What to dial to call a number anonymously.
     *
     * @param number            the number as the user chose it
     * @param linkHidesNatively whether the link hides the caller id itself (see {@link #hidesNatively(LinkState)})
     * @param region            the user's country (the policy's default region)
     * @param policyPrefix      the policy's prefix for that country, or {@code null} when it sets none
     */
    public static DialRequest plan(String number, boolean linkHidesNatively, String region, String policyPrefix) {
        Objects.requireNonNull(number, "number");
        if (linkHidesNatively) {
            return new DialRequest(number, true);
        }
        boolean policySetsOne = policyPrefix != null && !policyPrefix.isBlank();
        String prefix = policySetsOne ? policyPrefix.strip() : defaultPrefixFor(region);
        String dialable = number.replaceAll("[\\s.\\-/()]", "");
        if (dialable.startsWith(prefix)) {
            return new DialRequest(dialable, false);
        }
        return new DialRequest(prefix + dialable, false);
    }

    /** The default prefix for a country: see the class description. */
    public static String defaultPrefixFor(String region) {
        String country = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        if (NORTH_AMERICAN_REGIONS.contains(country)) {
            return NORTH_AMERICA;
        }
        return "GB".equals(country) ? UNITED_KINGDOM : GSM;
    }

    /**
     * Whether a link's backend hides the caller id itself: oFono's {@code Dial(ss)} has a hide-caller-id argument,
     * and the demo phone honours it; PipeWire's telephony {@code Dial(s)} takes the number only, and the hands-free
     * engine's {@code ATD} has no such option, so both need the prefix.
     */
    public static boolean hidesNatively(LinkState state) {
        return state != null && NATIVE_BACKENDS.contains(state.backend().strip().toLowerCase(Locale.ROOT));
    }

    /**
     * What to pass to {@code PhoneLink.dial}.
     *
     * @param number       the text to dial
     * @param hideCallerId the value for {@code dial}'s {@code hideCallerId}
     */
    public record DialRequest(String number, boolean hideCallerId) {
    }
}
