package app.contactshield.callerid.hfp;

import java.util.List;
import java.util.OptionalInt;

/**
 * One field of an AT result's parameter list: a text (quoted or bare, possibly empty) or a parenthesised group of
 * fields. Immutable; produced by {@link AtTokenizer}.
 */
public sealed interface AtField permits AtField.Text, AtField.Group {

    /** The empty bare field, as between two adjacent commas. */
    Text EMPTY = new Text("", false);

    /** This field's text; a group renders its items joined by commas. */
    String text();

    /**
     * This field as a non-negative decimal integer, when it is one (surrounding spaces allowed).
     *
     * @return the value, or empty when the field is not a decimal number that fits an {@code int}
     */
    default OptionalInt asInt() {
        return OptionalInt.empty();
    }

    /** A text field. {@code quoted} tells whether it came in double quotes. */
    record Text(String value, boolean quoted) implements AtField {

        @Override
        public String text() {
            return value;
        }

        @Override
        public OptionalInt asInt() {
            String s = value.strip();
            if (s.isEmpty() || s.length() > 9) {
                return OptionalInt.empty();
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return OptionalInt.empty();
                }
            }
            return OptionalInt.of(Integer.parseInt(s));
        }

        /** Whether the field is empty (after stripping spaces when bare). */
        public boolean isEmpty() {
            return quoted ? value.isEmpty() : value.isBlank();
        }
    }

    /** A parenthesised group such as {@code (0-1)} or {@code ("call",(0,1))}. */
    record Group(List<AtField> items) implements AtField {

        public Group {
            items = List.copyOf(items);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (AtField item : items) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(item.text());
            }
            return sb.toString();
        }
    }
}
