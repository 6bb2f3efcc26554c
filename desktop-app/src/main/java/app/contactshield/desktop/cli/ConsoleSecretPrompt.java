package app.contactshield.desktop.cli;

import app.contactshield.graphsync.keys.KeyVaults;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;

/**
 * Asks for a passphrase or PIN on the terminal, saying why. For unattended runs the environment variables
 * {@code CONTACT_SHIELD_PASSPHRASE} and {@code CONTACT_SHIELD_PIN} answer instead. Without a terminal and without
 * them it declines silently, and the command's one error message says what is missing and how to give it.
 */
final class ConsoleSecretPrompt implements KeyVaults.SecretPrompt {
    static final String PASSPHRASE_ENV = "CONTACT_SHIELD_PASSPHRASE";
    static final String PIN_ENV = "CONTACT_SHIELD_PIN";

    private final PrintWriter err;

    ConsoleSecretPrompt(PrintWriter err) {
        this.err = err;
    }

    @Override
    public Optional<char[]> ask(KeyVaults.SecretKind kind, String reason) {
        String env = System.getenv(kind == KeyVaults.SecretKind.PIN ? PIN_ENV : PASSPHRASE_ENV);
        if (env != null && !env.isEmpty()) {
            return Optional.of(env.toCharArray());
        }
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        err.println(reason);
        err.flush();
        String label = kind == KeyVaults.SecretKind.PIN ? "PIN" : "Passphrase";
        char[] first = console.readPassword("%s: ", label);
        if (first == null || first.length == 0) {
            return Optional.empty();
        }
        if (kind == KeyVaults.SecretKind.NEW_PASSPHRASE) {
            char[] again = console.readPassword("Repeat the passphrase: ");
            if (again == null || !Arrays.equals(first, again)) {
                err.println("The two passphrases differ.");
                return Optional.empty();
            }
        }
        return Optional.of(first);
    }
}
