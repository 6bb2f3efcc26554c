package app.contactshield.desktop.cli;

import app.contactshield.graphsync.auth.MsalSignIn;
import app.contactshield.graphsync.auth.SignInRenewal;
import app.contactshield.graphsync.sync.SyncException;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

/**
 * Signs in from the terminal: the system browser with a loopback redirect (WAM on Windows) by default, a device
 * code on request or where no browser can be shown. Says on the terminal which way it signs in. Blocks the calling
 * thread until the user has finished.
 */
final class ConsoleSignIn implements SignInRenewal.Interactive {
    /** The command a person runs to sign in, named wherever sign-in is required. */
    static final String SIGNIN_COMMAND = "contact-shield signin";

    private final boolean deviceCode;
    private final BooleanSupplier browser;
    private final PrintWriter err;

    /**
     * @param deviceCode use a device code even where a browser is available
     * @param browser    whether the system browser can be shown
     * @param err        where the instructions go
     */
    ConsoleSignIn(boolean deviceCode, BooleanSupplier browser, PrintWriter err) {
        this.deviceCode = deviceCode;
        this.browser = browser;
        this.err = err;
    }

    /** Whether this sign-in uses a device code. */
    boolean usesDeviceCode() {
        return deviceCode || !browser.getAsBoolean();
    }

    @Override
    public void signIn(MsalSignIn session) throws SyncException {
        if (usesDeviceCode()) {
            if (!deviceCode) {
                err.println("No browser can be shown in this session; signing in with a device code instead.");
            }
            err.flush();
            session.signInWithDeviceCode(prompt -> {
                err.println(prompt.message());
                err.flush();
            });
            return;
        }
        err.println("Opening the system browser to sign in; come back here when it says you are signed in.");
        err.flush();
        session.signInInteractively();
    }
}
