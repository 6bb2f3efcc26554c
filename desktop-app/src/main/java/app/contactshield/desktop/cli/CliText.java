package app.contactshield.desktop.cli;

import app.contactshield.graphsync.sync.SyncException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns failures into the sentence a person reads, followed by the detail for support. */
final class CliText {
    private static final String BUNDLE = "app.contactshield.desktop.cli.errors";

    private CliText() {
    }

    static String describe(SyncException e) {
        String sentence;
        try {
            sentence = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(e.userMessageKey());
        } catch (MissingResourceException missing) {
            sentence = "The operation failed.";
        }
        return sentence + " (" + e.getMessage() + ")";
    }
}
