package app.contactshield.desktop.calls;

import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The localised texts of the call, call-history, sign-in and business-card screens (bundle {@value #BUNDLE},
 * English and German). Immutable.
 */
public final class CallsText {
    /** The base name of the resource bundle. */
    public static final String BUNDLE = "app.contactshield.desktop.calls.calls";

    private final ResourceBundle bundle;
    private final Locale locale;

    private CallsText(ResourceBundle bundle, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The texts for a locale (English when the locale has no translation). */
    public static CallsText forLocale(Locale locale) {
        return new CallsText(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /** The underlying bundle, for FXML loaders ({@code %key} references). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The locale the texts were asked for (dates and numbers are formatted for it). */
    public Locale locale() {
        return locale;
    }

    /** The text of a key, or the key itself when the bundle lacks it. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of a key with its {@code {0}}-style arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** "Mobile", "Business", ... */
    public String phoneType(PhoneType type) {
        return type == null ? get("phoneType.unknown") : get("phoneType." + type.name());
    }

    /** "Company directory", "Outlook contacts", "File partners.csv", ... */
    public String source(SourceId source) {
        if (source == null) {
            return "";
        }
        String value = source.value();
        if (value.startsWith("file:")) {
            return format("source.file", value.substring("file:".length()));
        }
        String key = "source." + value;
        return bundle.containsKey(key) ? bundle.getString(key) : value;
    }

    /** "Available", "Busy", "Do not disturb", ... for Graph's availability values. */
    public String availability(String availability) {
        String key = "presence." + availability;
        return bundle.containsKey(key) ? bundle.getString(key) : get("presence.PresenceUnknown");
    }

    /** "In a meeting", "In a call", ... for Graph's activity values; words split from unknown values. */
    public String activity(String activity) {
        String key = "activity." + activity;
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        String words = activity.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
