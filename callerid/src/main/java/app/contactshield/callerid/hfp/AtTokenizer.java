package app.contactshield.callerid.hfp;

import java.util.ArrayList;
import java.util.List;

/**
 * A tolerant tokenizer for the parameter part of an AT result ({@code "x",129,,("a",(0-1))}). It never throws:
 * an unterminated quote runs to the end of the line, an unterminated group closes at the end, a stray closing
 * parenthesis ends nothing, spaces around commas are ignored. Linear in the input length; nesting deeper than
 * {@link #MAX_DEPTH} is kept as bare text. Stateless and thread-safe.
 */
public final class AtTokenizer {

    /** The deepest parenthesis nesting that is split into groups. */
    public static final int MAX_DEPTH = 8;

    private final String input;
    private int pos;

    private AtTokenizer(String input) {
        this.input = input;
    }

    /**
     * Splits a parameter list into fields. An empty or blank input yields no fields.
     *
     * @param parameters the text after the result's {@code NAME:} prefix
     * @return the top-level fields, never {@code null}
     */
    public static List<AtField> tokenize(String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return List.of();
        }
        AtTokenizer tokenizer = new AtTokenizer(parameters);
        return tokenizer.fields(0);
    }

    private List<AtField> fields(int depth) {
        List<AtField> out = new ArrayList<>();
        while (true) {
            AtField field = field(depth);
            skipSpaces();
            if (pos < input.length() && isTrailing(input.charAt(pos), depth)) {
                field = joinTrailing(field, depth);
            }
            out.add(field);
            if (pos >= input.length()) {
                return out;
            }
            boolean closes = input.charAt(pos) == ')';
            pos++;
            if (closes) {
                return out;
            }
        }
    }

    private static boolean isTrailing(char c, int depth) {
        return c != ',' && !(c == ')' && depth > 0);
    }

    private AtField joinTrailing(AtField field, int depth) {
        int start = pos;
        while (pos < input.length() && input.charAt(pos) != ',' && !(depth > 0 && input.charAt(pos) == ')')) {
            pos++;
        }
        return new AtField.Text((field.text() + input.substring(start, pos)).strip(), false);
    }

    private AtField field(int depth) {
        skipSpaces();
        if (pos >= input.length()) {
            return AtField.EMPTY;
        }
        char c = input.charAt(pos);
        if (c == '"') {
            return quoted();
        }
        if (c == '(' && depth < MAX_DEPTH) {
            pos++;
            return new AtField.Group(fields(depth + 1));
        }
        return bare(depth);
    }

    private AtField quoted() {
        int start = ++pos;
        int end = input.indexOf('"', start);
        if (end < 0) {
            pos = input.length();
            return new AtField.Text(input.substring(start), true);
        }
        pos = end + 1;
        return new AtField.Text(input.substring(start, end), true);
    }

    private AtField bare(int depth) {
        int start = pos;
        int nested = 0;
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (c == '(') {
                nested++;
            } else if (c == ')') {
                if (nested == 0 && depth > 0) {
                    break;
                }
                nested = Math.max(0, nested - 1);
            } else if (c == ',' && nested == 0) {
                break;
            }
            pos++;
        }
        String text = input.substring(start, pos).strip();
        return text.isEmpty() ? AtField.EMPTY : new AtField.Text(text, false);
    }

    private void skipSpaces() {
        while (pos < input.length() && (input.charAt(pos) == ' ' || input.charAt(pos) == '\t')) {
            pos++;
        }
    }
}
