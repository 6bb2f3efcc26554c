package app.contactshield.desktop.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A query split into terms that must all match, in any order. A query that looks like a phone number as a whole
 * ({@code 089 7104-12}, {@code +49 (89) 7104…}) becomes a single digit term; otherwise each word is a text term,
 * and a word of digits is also tried as a digit term. Digit terms drop a leading {@code +}, an international
 * {@code 00}, a national trunk {@code 0} or a bracketed trunk {@code (0)} after the country code, so that they meet
 * E.164 digits and national significant numbers.
 */
final class SearchQuery {
    private static final Pattern PHONE_LIKE = Pattern.compile("\\s*[+(]?\\d[\\d\\s()/.\\-]*");
    /** The trunk zero written in brackets after a country code, as in {@code +49 (0)89}; also while being typed. */
    private static final Pattern BRACKETED_TRUNK_ZERO = Pattern.compile("(?<=\\d)\\s*\\(\\s*0\\s*(\\)|$)");

    private final List<Term> terms;

    private SearchQuery(List<Term> terms) {
        this.terms = terms;
    }

    static SearchQuery parse(String text) {
        List<Term> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new SearchQuery(terms);
        }
        if (PHONE_LIKE.matcher(text).matches()) {
            terms.add(new Term(null, dialDigits(text)));
            return new SearchQuery(terms);
        }
        for (String word : text.trim().split("\\s+")) {
            List<String> tokens = TextFold.tokens(word);
            boolean digitsOnly = word.chars().allMatch(Character::isDigit);
            for (String token : tokens) {
                terms.add(new Term(token, digitsOnly ? dialDigits(word) : null));
            }
        }
        return new SearchQuery(terms);
    }

    /**
     * The digits of a dialled-looking string without the international or trunk prefix, read the way caller ID
     * reads a number: a trunk zero in brackets after the country code ({@code +49 (0)89}, {@code 0049 (0) 89}) is
     * not dialled, so it is dropped.
     */
    static String dialDigits(String text) {
        String trimmed = BRACKETED_TRUNK_ZERO.matcher(text.strip()).replaceFirst("");
        StringBuilder digits = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String all = digits.toString();
        if (trimmed.startsWith("+")) {
            return all;
        }
        String stripped = all.startsWith("00") ? all.substring(2) : all.startsWith("0") ? all.substring(1) : all;
        return stripped.isEmpty() ? all : stripped;
    }

    List<Term> terms() {
        return terms;
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * One term.
     *
     * @param text   the folded text prefix to match against name and other tokens, or {@code null}
     * @param digits the digits to find inside phone numbers, or {@code null}
     */
    record Term(String text, String digits) {
    }
}
