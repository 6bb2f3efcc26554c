package app.contactshield.callerid.bluez;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The policy's list of phones that may be linked, as glob patterns matched against a phone's Bluetooth address or its
 * name (alias). {@code *} stands for any run of characters and {@code ?} for one; matching ignores case, so
 * {@code 00:1A:7D:*} and {@code *iPhone*} both work. A phone is allowed when any pattern matches its address or its
 * name. Immutable and safe to share between threads.
 */
public final class AllowedPhones {

    private static final AllowedPhones ANY = new AllowedPhones(List.of("*"));

    private final List<String> patterns;
    private final List<Pattern> compiled;

    private AllowedPhones(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        List<Pattern> list = new ArrayList<>();
        for (String glob : this.patterns) {
            list.add(toRegex(glob));
        }
        this.compiled = List.copyOf(list);
    }

    /** Every paired phone is allowed (no policy restriction). */
    public static AllowedPhones anyPhone() {
        return ANY;
    }

    /**
     * Only phones matching one of these glob patterns are allowed; an empty list allows no phone at all.
     *
     * @param globPatterns patterns for addresses ({@code AA:BB:*}) or names ({@code Work phone*})
     */
    public static AllowedPhones matching(List<String> globPatterns) {
        Objects.requireNonNull(globPatterns, "globPatterns");
        List<String> cleaned = new ArrayList<>();
        for (String glob : globPatterns) {
            if (glob != null && !glob.isBlank()) {
                cleaned.add(glob.strip());
            }
        }
        return new AllowedPhones(cleaned);
    }

    /**
     * Whether the phone may be linked.
     *
     * @param address the phone's Bluetooth address, or empty when the backend does not tell it
     * @param name    the phone's Bluetooth alias, or empty
     */
    public boolean allows(String address, String name) {
        String safeAddress = address == null ? "" : address.toUpperCase(Locale.ROOT);
        String safeName = name == null ? "" : name;
        for (Pattern pattern : compiled) {
            if (pattern.matcher(safeAddress).matches() || pattern.matcher(safeName).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The patterns as the policy gave them. */
    public List<String> patterns() {
        return patterns;
    }

    private static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return "AllowedPhones[" + patterns.size() + " patterns]";
    }
}
