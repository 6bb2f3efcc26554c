package app.contactshield.callerid.hfp;

import java.util.List;
import java.util.Locale;

/**
 * One command line the hands-free unit sends, parsed on the audio-gateway side ({@code ATA}, {@code ATD123;},
 * {@code AT+CIND=?}, {@code AT+CIND?}, {@code AT+BRSF=255}, {@code AT+CHUP}).
 *
 * @param name      the command name in upper case: {@code A}, {@code D}, {@code +BRSF}, ...
 * @param type      whether it executes, sets, reads or tests
 * @param arguments the raw text after {@code =} (or after {@code D} for dial), otherwise empty
 */
public record AtCommand(String name, Type type, String arguments) {

    /** The command forms of V.250. */
    public enum Type {
        /** {@code AT+X} or a basic command such as {@code ATA}. */
        EXECUTE,
        /** {@code AT+X=args}, and {@code ATD<number>;}. */
        SET,
        /** {@code AT+X?}. */
        READ,
        /** {@code AT+X=?}. */
        TEST
    }

    /**
     * Parses a command line.
     *
     * @param line a line without its terminating CR
     * @return the command, or {@code null} when the line does not start with {@code AT}
     */
    public static AtCommand parse(String line) {
        String s = line == null ? "" : line.strip();
        if (s.length() < 2 || !s.substring(0, 2).equalsIgnoreCase("AT")) {
            return null;
        }
        String body = s.substring(2);
        if (body.isEmpty()) {
            return new AtCommand("", Type.EXECUTE, "");
        }
        char first = Character.toUpperCase(body.charAt(0));
        if (first == 'D') {
            return new AtCommand("D", Type.SET, body.substring(1).strip());
        }
        if (first != '+' && first != '*' && first != '^') {
            return new AtCommand(body.toUpperCase(Locale.ROOT), Type.EXECUTE, "");
        }
        int eq = body.indexOf('=');
        if (eq >= 0) {
            String name = body.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String args = body.substring(eq + 1).strip();
            return args.equals("?") ? new AtCommand(name, Type.TEST, "") : new AtCommand(name, Type.SET, args);
        }
        if (body.endsWith("?")) {
            return new AtCommand(body.substring(0, body.length() - 1).strip().toUpperCase(Locale.ROOT), Type.READ, "");
        }
        return new AtCommand(body.strip().toUpperCase(Locale.ROOT), Type.EXECUTE, "");
    }

    /** The arguments split by the tolerant tokenizer. */
    public List<AtField> fields() {
        return AtTokenizer.tokenize(arguments);
    }

    @Override
    public String toString() {
        return "AtCommand[name=" + name + ", type=" + type + ", arguments=" + (name.equals("D") ? "•" : arguments)
                + "]";
    }
}
