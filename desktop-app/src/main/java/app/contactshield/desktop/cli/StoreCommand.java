package app.contactshield.desktop.cli;

import app.contactshield.graphsync.keys.KeyVaults;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that opens the store shares: the data directory option, its output and a secret prompt. */
abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption dataDir;

    @Spec
    private CommandSpec spec;

    private final KeyVaults.SecretPrompt prompt;

    /** @param prompt asks for a passphrase or PIN; {@code null} asks on the terminal */
    StoreCommand(KeyVaults.SecretPrompt prompt) {
        this.prompt = prompt;
    }

    final DataDirOption dataDir() {
        return dataDir;
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    final KeyVaults.SecretPrompt secrets() {
        return prompt != null ? prompt : new ConsoleSecretPrompt(err());
    }
}
