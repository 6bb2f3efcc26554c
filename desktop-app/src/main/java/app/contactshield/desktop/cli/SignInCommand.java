package app.contactshield.desktop.cli;

import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.SyncException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code signin}: signs in to the tenant with the system browser and a loopback redirect (WAM on Windows), or with
 * a device code on request or where no browser can be shown, and says how, with which permissions and where the
 * sign-in is kept.
 */
@Command(name = "signin", mixinStandardHelpOptions = true,
        description = "Sign in to the tenant (system browser; --device-code for remote sessions).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:signed in", "1:the sign-in or the data directory failed (said on stderr)",
            "2:wrong usage: no tenant configured"})
public final class SignInCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--device-code", description = "Sign in with a code entered on another device.")
    private boolean deviceCode;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataDirectory dir = dataDir.resolve();
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        settings.problemLines().forEach(err::println);
        if (!settings.hasTenant()) {
            err.println("No tenant is configured: set tenantId and clientId in the policy or "
                    + dir.resolveFile(EffectiveSettings.USER_FILE) + " before signing in.");
            return 2;
        }
        try {
            dir.ensureExists();
            TenantSession tenant = TenantSession.open(dir.path(), settings,
                    TenantSync.runnable(settings, err::println), err);
            ConsoleSignIn signIn = new ConsoleSignIn(deviceCode, SystemBrowser::available, err);
            signIn.signIn(tenant.session());
            out.println("Signed in as " + tenant.session().userName().orElse("(unnamed account)") + " with "
                    + (signIn.usesDeviceCode() ? "a device code" : "the system browser") + ".");
            out.println("Permissions asked for: " + String.join(", ", tenant.scopes()) + ".");
            out.println("The sign-in is kept in " + tenant.keptIn() + "; 'contact-shield signout' removes it.");
            out.flush();
            return 0;
        } catch (SyncException e) {
            err.println(CliText.describe(e));
            return 1;
        } catch (java.io.UncheckedIOException e) {
            err.println("The data directory " + dir + " cannot be created or written; choose another with "
                    + "--data-dir or " + DataDirectory.ENV + ".");
            return 1;
        }
    }
}
