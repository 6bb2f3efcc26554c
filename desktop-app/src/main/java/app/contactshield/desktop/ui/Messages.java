package app.contactshield.desktop.ui;

import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.SettingsModel;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's texts in English and German. The language comes from the settings ({@code system} follows the OS
 * locale: German for a German locale, else English). Immutable and thread-safe.
 */
public final class Messages {
    /** The base name of the bundle. */
    public static final String BUNDLE = "app.contactshield.desktop.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts for a locale; anything but German reads English. */
    public static Messages forLocale(Locale locale) {
        Locale chosen = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ROOT;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(ResourceBundle.getBundle(BUNDLE, chosen, Messages.class.getClassLoader(), control));
    }

    /** The texts the settings choose, the OS locale standing in for {@code system}. */
    public static Messages forSettings(SettingsModel settings, Locale osLocale) {
        return forLocale(localeFor(settings.value(SettingKey.LANGUAGE), osLocale));
    }

    /** The locale a language setting names. */
    public static Locale localeFor(String language, Locale osLocale) {
        return switch (language == null ? "system" : language) {
            case "de" -> Locale.GERMAN;
            case "en" -> Locale.ENGLISH;
            default -> osLocale;
        };
    }

    /** The bundle, for FXML loaders. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** Whether these are the German texts. */
    public boolean isGerman() {
        return "de".equals(bundle.getLocale().getLanguage());
    }

    /** One text, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** One text, or {@code fallback} when the bundle has none. */
    public String getOrDefault(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
