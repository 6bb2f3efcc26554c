package app.contactshield.callerid.hfp;

import java.util.Locale;

/**
 * One indicator as the phone announced it in {@code +CIND: ("name",(min-max)),...}.
 *
 * @param name the announced name, as sent
 * @param min  the lowest value, or {@link AtResult#ABSENT}
 * @param max  the highest value, or {@link AtResult#ABSENT}
 */
public record IndicatorSpec(String name, int min, int max) {

    /**
     * The name in a canonical form for lookup: lower case, without quotes, spaces and underscores, so that
     * {@code call_setup} and {@code callsetup} match.
     */
    public String key() {
        return canonical(name);
    }

    /** The canonical lookup form of an indicator name. */
    public static String canonical(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != ' ' && c != '"' && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
