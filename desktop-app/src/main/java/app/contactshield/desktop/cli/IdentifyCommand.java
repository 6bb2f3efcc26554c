package app.contactshield.desktop.cli;

import app.contactshield.callerid.index.Identifier;
import app.contactshield.desktop.ui.shell.LaunchOptions;
import app.contactshield.desktop.wiring.CallerIdSetup;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.model.PrintableText;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.SyncException;
import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code identify NUMBER}: says who a number belongs to, exactly as the incoming-call window would. It only reads: it
 * makes no folder, store or key, and reports a missing or damaged store with what a sync would do about it.
 */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Show who a phone number belongs to (names are shown: you asked).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the number was looked up (an unknown or withheld caller included)",
            "1:there is no store yet, or the data directory or the store cannot be used (said on stderr)",
            "2:wrong usage: not a phone number, or an unknown --region"})
public final class IdentifyCommand extends StoreCommand {
    /** The most digits an international number has (ITU-T E.164), country code included. */
    static final int MAX_E164_DIGITS = 15;
    /** The fewest digits a dialable number has (short codes such as 110 or 112). */
    static final int MIN_DIGITS = 3;
    /** How much of a text that is not a number a message repeats. */
    static final int SHOWN_CHARACTERS = 40;
    private static final Pattern LINK = Pattern.compile("(?i)^(tel|callto):(//)?");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

    @Parameters(paramLabel = "NUMBER", description = "The number as a network or a person writes it, in any "
            + "script's digits, or a tel: or callto: link.")
    private String number;

    @Option(names = "--region", paramLabel = "XX",
            description = "Region for numbers without a country code (default: the policy's, else the OS locale's).")
    private String region;

    /** A command that asks for secrets on the terminal. */
    public IdentifyCommand() {
        this(null);
    }

    /** A command that asks for secrets through the given prompt (tests, the desktop app). */
    public IdentifyCommand(KeyVaults.SecretPrompt prompt) {
        super(prompt);
    }

    /**
     * The text as the lookup reads it: digits of any script (Arabic-Indic, full-width, …) as ASCII digits, full-width
     * signs as their ASCII forms, any run of white space (tabs and line breaks too) as one space and none at either
     * end, and the number of a {@code tel:} or {@code callto:} link without the prefix.
     */
    static String normalised(String text) {
        String folded = WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
        StringBuilder ascii = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (Character.isDigit(c) && Character.digit(c, 10) >= 0) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        String plain = ascii.toString();
        if (LINK.matcher(plain.strip()).lookingAt()) {
            return LaunchOptions.numberOf(plain).orElse(LINK.matcher(plain.strip()).replaceFirst(""));
        }
        return plain;
    }

    /** Why a text cannot be a phone number, before any store is opened; empty when it may be one. */
    static Optional<String> refusal(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        String shown = "'" + shortened(text) + "'";
        String digits = text.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return Optional.of(shown + " has no digits, so it is not a phone number.");
        }
        if (text.chars().anyMatch(Character::isLetter)) {
            return Optional.of(shown + " has letters in it, so it is not a phone number (write letters on a "
                    + "keypad as their digits).");
        }
        Optional<String> stray = text.codePoints()
                .filter(c -> !Character.isDigit(c) && c != ' ' && "+-/().".indexOf(c) < 0)
                .mapToObj(Character::toString).findFirst();
        if (stray.isPresent()) {
            return Optional.of(shown + " has '" + PrintableText.escaped(stray.get()) + "' in it, which no phone "
                    + "number has: only digits, spaces and + - / ( ) . are read.");
        }
        if (text.indexOf('+') != text.lastIndexOf('+') || text.indexOf('+') > 0 && !text.strip().startsWith("+")) {
            return Optional.of(shown + " has a '+' that is not its first sign, so it is not a phone number: only "
                    + "one '+' may stand before the country code.");
        }
        if (digits.length() < MIN_DIGITS) {
            return Optional.of(shown + " has " + (digits.length() == 1 ? "only 1 digit" : "only " + digits.length()
                    + " digits") + ", so it is not a phone number: the shortest, such as 110, have " + MIN_DIGITS
                    + ".");
        }
        int internationalPrefix = text.strip().startsWith("+") ? 0 : digits.startsWith("011") ? 3
                : digits.startsWith("00") ? 2 : 0;
        if (digits.length() - internationalPrefix > MAX_E164_DIGITS) {
            return Optional.of(shown + " has " + String.format(Locale.ROOT, "%,d", digits.length()) + " digits, so "
                    + "it is not a valid phone number: it is too long, and E.164 allows at most " + MAX_E164_DIGITS
                    + " digits (country code included).");
        }
        return Optional.empty();
    }

    /**
     * The first {@value #SHOWN_CHARACTERS} characters of a long text, so that a message stays readable, with control
     * characters escaped so that repeating them cannot steer the terminal.
     */
    static String shortened(String text) {
        return PrintableText.shortened(text, SHOWN_CHARACTERS);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        if (region != null && !PhoneNormalizer.isSupportedRegion(region.toUpperCase(Locale.ROOT))) {
            err.println("Unknown region '" + shortened(region) + "': give a two-letter ISO 3166 code such as DE, AT, "
                    + "GB or US.");
            return 2;
        }
        String lookedUp = normalised(number);
        Optional<String> refusal = refusal(lookedUp);
        if (refusal.isPresent()) {
            err.println(refusal.get() + " Give the number as the caller ID shows it, e.g. \"089 7104-201\" or "
                    + "\"+49 89 7104201\"; an empty text stands for a withheld caller.");
            return 2;
        }
        DataDirectory dir = dataDir().resolve();
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        StoreSession opened;
        try {
            opened = StoreSession.inspect(dir, settings, secrets());
        } catch (SyncException e) {
            err.println(CliText.describe(e));
            return 1;
        }
        try (StoreSession session = opened) {
            Identifier identifier = CallerIdSetup.identifier(session.store(), settings);
            String inRegion = region != null ? region.toUpperCase(Locale.ROOT) : StoreOrigin.numberRegion(
                    session.store(), settings, session.store().recordCounts().keySet());
            out.println(Identifier.render(identifier.identify(lookedUp, inRegion)));
            out.flush();
            return 0;
        } catch (SyncException e) {
            err.println(StoreSession.failure(dir, e));
            return 1;
        }
    }
}
