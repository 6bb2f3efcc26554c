package app.contactshield.desktop.cli;

import app.contactshield.callerid.index.Identifier;
import app.contactshield.desktop.wiring.CallerIdSetup;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.SyncException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code identify NUMBER}: says who a number belongs to, exactly as the incoming-call window would. */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Show who a phone number belongs to (names are shown: you asked).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the number was looked up (an unknown or withheld caller included)",
            "1:the data directory or the store cannot be used (said on stderr)",
            "2:wrong usage: not a phone number, or an unknown --region"})
public final class IdentifyCommand extends StoreCommand {
    /** The most digits an international number has (ITU-T E.164), country code included. */
    static final int MAX_E164_DIGITS = 15;

    @Parameters(paramLabel = "NUMBER", description = "The number as a network or a person writes it.")
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

    /** Why a text cannot be a phone number, before any store is opened; empty when it may be one. */
    static Optional<String> refusal(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return Optional.of("'" + text + "' has no digits, so it is not a phone number.");
        }
        if (text.chars().anyMatch(Character::isLetter)) {
            return Optional.of("'" + text + "' has letters in it, so it is not a phone number (write letters on a "
                    + "keypad as their digits).");
        }
        Optional<Character> stray = text.chars().mapToObj(c -> (char) c)
                .filter(c -> !Character.isDigit(c) && !Character.isWhitespace(c) && "+-/().".indexOf(c) < 0)
                .findFirst();
        if (stray.isPresent()) {
            return Optional.of("'" + text + "' has '" + stray.get() + "' in it, which no phone number has: only "
                    + "digits, spaces and + - / ( ) . are read.");
        }
        int internationalPrefix = text.strip().startsWith("+") ? 0 : digits.startsWith("011") ? 3
                : digits.startsWith("00") ? 2 : 0;
        if (digits.length() - internationalPrefix > MAX_E164_DIGITS) {
            return Optional.of("'" + text + "' has " + digits.length() + " digits, so it is not a valid phone "
                    + "number: it is too long, and E.164 allows at most " + MAX_E164_DIGITS + " digits (country code "
                    + "included).");
        }
        return Optional.empty();
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        if (region != null && !PhoneNormalizer.isSupportedRegion(region.toUpperCase(Locale.ROOT))) {
            err.println("Unknown region '" + region + "': give a two-letter ISO 3166 code such as DE, AT, GB or US.");
            return 2;
        }
        Optional<String> refusal = refusal(number);
        if (refusal.isPresent()) {
            err.println(refusal.get() + " Give the number as the caller ID shows it, e.g. \"089 7104-201\" or "
                    + "\"+49 89 7104201\"; an empty text stands for a withheld caller.");
            return 2;
        }
        DataDirectory dir = dataDir().resolve();
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        try (StoreSession session = StoreSession.open(dir, settings, secrets())) {
            session.recoveryNotice().ifPresent(err::println);
            Identifier identifier = CallerIdSetup.identifier(session.store(), settings);
            String inRegion = region == null ? settings.defaultRegion() : region.toUpperCase(Locale.ROOT);
            out.println(Identifier.render(identifier.identify(number, inRegion)));
            out.flush();
            return 0;
        } catch (SyncException e) {
            err.println(StoreSession.failure(dir, e));
            return 1;
        }
    }
}
