package app.contactshield.desktop.calls;

import java.util.Objects;
import javafx.application.Application;

/**
 * Applies AtlantaFX Primer Light as the user-agent stylesheet. The stylesheet is taken from the AtlantaFX jar as a
 * resource: the jar's classes are compiled for Java 21 and cannot be loaded on the project's Java 17.
 */
public final class TestTheme {
    private TestTheme() {
    }

    /** Sets Primer Light for the whole JavaFX application; any thread. */
    public static void primerLight() {
        Application.setUserAgentStylesheet(Objects.requireNonNull(
                TestTheme.class.getResource("/atlantafx/base/theme/primer-light.css"), "primer-light.css")
                .toExternalForm());
    }
}
