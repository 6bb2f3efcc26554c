package app.contactshield.desktop.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Applies the AtlantaFX Primer theme (light or dark) and the app's own style sheet. The AtlantaFX classes are built
 * for Java 21, so the app uses only the theme's compiled style sheets from the same artifact, which any Java 17
 * runtime loads. The theme setting is
 * {@code system}, {@code light} or {@code dark}; {@code system} follows what the OS prefers. Call on the JavaFX
 * thread.
 */
public final class Theme {
    private static final String APP_CSS = Objects.requireNonNull(
            Theme.class.getResource("/app/contactshield/desktop/app.css"), "app.css").toExternalForm();

    private static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.bss";
    private static final String PRIMER_DARK = "/atlantafx/base/theme/primer-dark.bss";

    private Theme() {
    }

    /** Whether a theme setting means dark, given what the OS prefers. */
    public static boolean isDark(String setting, boolean osPrefersDark) {
        return switch (setting == null ? "system" : setting) {
            case "dark" -> true;
            case "light" -> false;
            default -> osPrefersDark;
        };
    }

    /** Sets the user-agent style sheet for every window of the application. */
    public static void applyGlobally(boolean dark) {
        String sheet = dark ? PRIMER_DARK : PRIMER_LIGHT;
        Application.setUserAgentStylesheet(Objects.requireNonNull(Theme.class.getResource(sheet), sheet)
                .toExternalForm());
    }

    /** Adds the app's style sheet to a scene and marks its root for the theme. */
    public static void style(Scene scene, boolean dark) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }
}
