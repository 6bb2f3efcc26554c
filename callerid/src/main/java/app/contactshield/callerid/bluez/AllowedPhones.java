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
 * name. The policy may also pair an address pattern with a name pattern ({@link #ofRules}): then a phone must match
 * both. Immutable and safe to share between threads.
 */
public final class AllowedPhones {

    private static final AllowedPhones ANY = new AllowedPhones(List.of("*"));

    private final List<String> patterns;
    private final List<Pattern> compiled;
    private final List<Pattern[]> pairs;

    private AllowedPhones(List<String> patterns) {
        this(patterns, patterns, List.of());
    }

    private AllowedPhones(List<String> described, List<String> globs, List<Rule> rules) {
        this.patterns = List.copyOf(described);
        List<Pattern> list = new ArrayList<>();
        for (String glob : globs) {
            list.add(toRegex(glob));
        }
        this.compiled = List.copyOf(list);
        List<Pattern[]> both = new ArrayList<>();
        for (Rule rule : rules) {
            both.add(new Pattern[] {toRegex(rule.addressPattern()), toRegex(rule.namePattern())});
        }
        this.pairs = List.copyOf(both);
    }

    /**
     * One entry of the policy's {@code allowedPhones}: a phone is allowed when its address matches the address
     * pattern and its name the name pattern. A missing pattern means {@code *}.
     *
     * @param addressPattern glob for the Bluetooth address ({@code AA:BB:*})
     * @param namePattern    glob for the phone's name ({@code Contoso-*})
     */
    public record Rule(String addressPattern, String namePattern) {
        /** Blank patterns become {@code *}. */
        public Rule {
            addressPattern = addressPattern == null || addressPattern.isBlank() ? "*" : addressPattern.strip();
            namePattern = namePattern == null || namePattern.isBlank() ? "*" : namePattern.strip();
        }
    }

    /** Only phones matching one of these address-and-name rules are allowed; no rules allow no phone. */
    public static AllowedPhones ofRules(List<Rule> rules) {
        Objects.requireNonNull(rules, "rules");
        List<String> described = new ArrayList<>();
        for (Rule rule : rules) {
            described.add(rule.addressPattern() + " & " + rule.namePattern());
        }
        return new AllowedPhones(described, List.of(), rules);
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
        for (Pattern[] pair : pairs) {
            if (pair[0].matcher(safeAddress).matches() && pair[1].matcher(safeName).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The patterns as the policy gave them ({@code address & name} for a rule). */
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
