package app.contactshield.desktop.cli;

import app.contactshield.graphsync.auth.KeptSignIn;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.SyncException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code doctor}'s line on the sign-in: whether one is kept, for how many accounts of which tenant and in which key
 * store. Never a token, a user name or an address. Reads the keyring only when the data directory holds a token
 * cache.
 */
final class SignInStatus {

    private SignInStatus() {
    }

    /** The sign-in of a data directory, in words. */
    static String describe(DataDirectory dir, EffectiveSettings settings) {
        Path tokens = dir.resolveFile(TenantSync.TOKEN_DIR);
        String signIn = "run '" + ConsoleSignIn.SIGNIN_COMMAND + "'";
        if (!Files.isDirectory(tokens)) {
            return settings.hasTenant() ? "none kept; " + signIn
                    : "none kept (no tenant is configured; demo data needs no sign-in)";
        }
        Optional<String> noKeyring = KeyVaults.osKeyStoreUnavailable(dir.path());
        if (noKeyring.isPresent()) {
            return "none kept; no " + KeptSignIn.keyStoreName() + " answers (" + noKeyring.get() + "), so a "
                    + "sign-in lasts one run only";
        }
        try {
            return KeptSignIn.read(tokens).map(SignInStatus::kept).orElse("none kept; " + signIn);
        } catch (SyncException e) {
            return "unknown; " + e.getMessage();
        }
    }

    private static String kept(KeptSignIn kept) {
        String accounts = kept.accounts() == 1 ? "1 account" : kept.accounts() + " accounts";
        String tenants = kept.tenants().isEmpty() ? "" : (kept.tenants().size() == 1 ? " of tenant " : " of tenants ")
                + String.join(", ", kept.tenants());
        return "kept (" + accounts + tenants + ") in the " + kept.keptIn();
    }
}
