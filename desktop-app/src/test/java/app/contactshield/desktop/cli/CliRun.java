package app.contactshield.desktop.cli;

import app.contactshield.desktop.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Runs the command line in-process, answering every passphrase question, and captures what a user reads. */
final class CliRun {
    static final String PASSPHRASE = "command line test";

    private CliRun() {
    }

    static Result run(String... args) {
        return run((kind, reason) -> Optional.of(PASSPHRASE.toCharArray()), args);
    }

    static Result run(app.contactshield.graphsync.keys.KeyVaults.SecretPrompt prompt, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int status = Main.run(prompt, args);
            return new Result(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** What a command printed and returned. */
    record Result(int status, String out, String err) {
    }
}
