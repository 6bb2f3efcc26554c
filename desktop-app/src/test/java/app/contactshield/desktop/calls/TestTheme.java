package app.contactshield.desktop.calls;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Applies AtlantaFX Primer Light as the user-agent stylesheet, as the app does in its light theme. */
public final class TestTheme {
    private TestTheme() {
    }

    /** Sets Primer Light for the whole JavaFX application; any thread. */
    public static void primerLight() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
