package app.contactshield.callerid.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import app.contactshield.callerid.bluez.AllowedPhones;
import app.contactshield.callerid.call.AnonymousDialing;
import app.contactshield.graphsync.policy.AllowedPhone;

/**
 * What {@link PhoneLinkSelector} needs to open the link to the user's phone, derived from the managed policy.
 *
 * @param allowedPhones       the phones the policy lets the app link with
 * @param anonymousDialPrefix the prefix that hides the caller id on the user's network: the policy's, else the
 *                            default for the user's country ({@code #31#}, {@code *67}, {@code 141})
 * @param region              the user's country (the policy's default region), ISO 3166 ("DE")
 * @param preferredPhoneName  the phone the user chose by its Bluetooth name, or empty for the first allowed one
 * @param systemBusAddress    the system bus address, or empty for the machine's (a private bus in tests)
 * @param sessionBusAddress   the session bus address, or empty for the user's (a private bus in tests)
 */
public record PhoneLinkSettings(AllowedPhones allowedPhones, String anonymousDialPrefix, String region,
        String preferredPhoneName, String systemBusAddress, String sessionBusAddress) {

    /** Checks the phones; missing texts become empty, a missing prefix the country's default. */
    public PhoneLinkSettings {
        Objects.requireNonNull(allowedPhones, "allowedPhones");
        region = region == null ? "" : region.strip();
        anonymousDialPrefix = anonymousDialPrefix == null || anonymousDialPrefix.isBlank()
                ? AnonymousDialing.defaultPrefixFor(region) : anonymousDialPrefix.strip();
        preferredPhoneName = preferredPhoneName == null ? "" : preferredPhoneName.strip();
        systemBusAddress = systemBusAddress == null ? "" : systemBusAddress.strip();
        sessionBusAddress = sessionBusAddress == null ? "" : sessionBusAddress.strip();
    }

    /**
     * Settings from the policy's values, on the machine's own buses.
     *
     * @param allowedPhones       the policy's allowed phones; empty allows any paired phone
     * @param anonymousDialPrefix the policy's prefix, or {@code null} when it sets none
     * @param region              the policy's default region
     * @param preferredPhoneName  the user's chosen phone, or empty
     */
    public static PhoneLinkSettings fromPolicy(List<AllowedPhone> allowedPhones, String anonymousDialPrefix,
            String region, String preferredPhoneName) {
        return new PhoneLinkSettings(allowed(allowedPhones), anonymousDialPrefix, region, preferredPhoneName, "",
                "");
    }

    /** These settings on other buses (private buses in tests). */
    public PhoneLinkSettings onBuses(String systemBus, String sessionBus) {
        return new PhoneLinkSettings(allowedPhones, anonymousDialPrefix, region, preferredPhoneName, systemBus,
                sessionBus);
    }

    private static AllowedPhones allowed(List<AllowedPhone> phones) {
        if (phones == null || phones.isEmpty()) {
            return AllowedPhones.anyPhone();
        }
        List<AllowedPhones.Rule> rules = new ArrayList<>();
        for (AllowedPhone phone : phones) {
            rules.add(new AllowedPhones.Rule(phone.addressPattern(), phone.namePattern()));
        }
        return AllowedPhones.ofRules(rules);
    }
}
