package app.contactshield.graphsync.model;

/**
 * Text from outside the app (a policy or settings file, a command line) as a message may repeat it. Control, format
 * and line-separator characters are written as Java escapes (ESC as a backslash, {@code u001B}), so that repeating
 * them cannot move a terminal's cursor, change its colours or reorder a line; long text is cut short so that one
 * value cannot flood a report. Stateless and thread-safe.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The text with every character that does not print escaped. */
    public static String escaped(String text) {
        if (text.codePoints().noneMatch(PrintableText::unprintable)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (unprintable(c)) {
                for (char unit : Character.toChars(c)) {
                    shown.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) unit));
                }
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /**
     * The first characters of a text, escaped, with an ellipsis when some were left out.
     *
     * @param text      the text
     * @param maxLength how many characters (code points) of the text are kept, counted before escaping
     */
    public static String shortened(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return escaped(text);
        }
        return escaped(text.substring(0, text.offsetByCodePoints(0, maxLength))) + "…";
    }

    private static boolean unprintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }
}
