package app.contactshield.desktop.wiring;

import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.callerid.index.CompanyRange;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.phone.PhoneLinkSelection;
import app.contactshield.callerid.phone.PhoneLinkSelector;
import app.contactshield.callerid.phone.PhoneLinkSettings;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.NumberRange;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds caller identification from a store and the settings in force: the caller index, the company number ranges
 * (the policy's first, then those derived from the directory) and the identifier. Runs on the calling thread, which
 * must not be the JavaFX thread: it reads the whole store once.
 */
public final class CallerIdSetup {
    private static final Logger LOG = LoggerFactory.getLogger(CallerIdSetup.class);

    private CallerIdSetup() {
    }

    /** The company ranges: the policy's, then those the directory implies. */
    public static CompanyRanges ranges(ContactStore store, EffectiveSettings settings) throws StoreException {
        return ranges(store, settings.companyNumberRanges());
    }

    /** The company ranges: these policy ranges (a malformed one is skipped), then those the directory implies. */
    public static CompanyRanges ranges(ContactStore store, List<NumberRange> policyRanges) throws StoreException {
        List<CompanyRange> ranges = new ArrayList<>();
        for (NumberRange range : policyRanges) {
            try {
                ranges.add(new CompanyRange(range.prefix(), range.company(), range.label()));
            } catch (IllegalArgumentException e) {
                LOG.warn("Policy companyNumberRanges entry ignored: {}", e.getMessage());
            }
        }
        ranges.addAll(CompanyRanges.deriveFromDirectory(store));
        return CompanyRanges.of(ranges);
    }

    /**
     * Opens the link to the user's phone for the settings in force: the hands-free engine over BlueZ when the
     * hands-free role is free, else the telephony D-Bus API (see {@link PhoneLinkSelector}). Blocks on D-Bus: call
     * it off the JavaFX thread. The caller closes {@code selection.link()}.
     *
     * @param settings           the effective settings (allowed phones, anonymous prefix, default region)
     * @param preferredPhoneName the phone the user chose ({@code SettingKey.PHONE}), or empty
     */
    public static PhoneLinkSelection openPhoneLink(EffectiveSettings settings, String preferredPhoneName) {
        return PhoneLinkSelector.open(PhoneLinkSettings.fromPolicy(settings.allowedPhones(),
                settings.anonymousDialPrefix().orElse(null), settings.defaultRegion(), preferredPhoneName));
    }

    /** An identifier over a freshly built index of the store. */
    public static Identifier identifier(ContactStore store, EffectiveSettings settings) throws StoreException {
        return new Identifier(CallerIndex.build(store), new PhoneNormalizer(settings.defaultRegion()),
                ranges(store, settings));
    }
}
