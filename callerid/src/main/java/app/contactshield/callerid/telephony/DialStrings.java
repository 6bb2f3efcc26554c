package app.contactshield.callerid.telephony;

import app.contactshield.callerid.link.PhoneLinkException;

/**
 * Turns a number as the user chose it into a dial string the telephony services accept: digits, {@code +},
 * {@code *}, {@code #}, {@code ,} and {@code A}–{@code D}, at most 80 characters. Spaces, dashes, dots, slashes and
 * parentheses are dropped.
 */
final class DialStrings {

    static final int MAX_LENGTH = 80;

    private DialStrings() {
    }

    static String clean(String number) throws PhoneLinkException {
        if (number == null || number.isBlank()) {
            throw new PhoneLinkException("Cannot dial an empty number");
        }
        StringBuilder dial = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '.' || c == '/' || c == '(' || c == ')') {
                continue;
            }
            boolean allowed = c >= '0' && c <= '9' || c == '+' || c == '*' || c == '#' || c == ','
                    || c >= 'A' && c <= 'D';
            if (!allowed) {
                throw new PhoneLinkException("Cannot dial: character " + (i + 1) + " of the number is not a digit,"
                        + " +, *, #, comma or A-D");
            }
            dial.append(c);
        }
        if (dial.length() == 0 || dial.length() > MAX_LENGTH) {
            throw new PhoneLinkException("Cannot dial: the number has " + dial.length() + " dialable characters,"
                    + " allowed are 1 to " + MAX_LENGTH);
        }
        return dial.toString();
    }
}
