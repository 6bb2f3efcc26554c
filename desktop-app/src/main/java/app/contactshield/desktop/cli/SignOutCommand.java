package app.contactshield.desktop.cli;

import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.SyncException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code signout}: removes every signed-in account and its tokens from the token cache, then the cache itself (the
 * keyring entry and its files), and says what it removed. The store and its contacts stay; {@code wipe} deletes
 * those.
 */
@Command(name = "signout", mixinStandardHelpOptions = true,
        description = "Sign out: remove the accounts and their tokens from the token cache.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:signed out (or nothing was kept)", "1:the token cache or the data directory failed",
            "2:wrong usage"})
public final class SignOutCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption dataDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataDirectory dir = dataDir.resolve();
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        try {
            if (settings.hasTenant() && Files.isDirectory(dir.resolveFile(TenantSession.TOKEN_DIR))) {
                signOut(dir, settings, out);
            }
            List<String> deleted = new TokenCaches().delete(dir.resolveFile(TenantSession.TOKEN_DIR));
            if (deleted.isEmpty()) {
                out.println("No sign-in is kept for " + dir + ".");
            }
            deleted.forEach(item -> out.println("Deleted " + item));
            out.flush();
            return 0;
        } catch (SyncException e) {
            err.println(CliText.describe(e));
            return 1;
        }
    }

    private static void signOut(DataDirectory dir, EffectiveSettings settings, PrintWriter out)
            throws SyncException {
        int accounts;
        try {
            accounts = TenantSession.openKept(dir.path(), settings).session().signOut();
        } catch (SyncException e) {
            if (!TokenCaches.KEY_KEYRING_MISSING.equals(e.userMessageKey())) {
                throw e;
            }
            out.println("No keyring answers, so no account can be signed in there.");
            return;
        }
        out.println(accounts == 0 ? "No account was signed in." : "Signed out: removed " + accounts
                + (accounts == 1 ? " account" : " accounts") + " and their tokens from the token cache.");
    }
}
