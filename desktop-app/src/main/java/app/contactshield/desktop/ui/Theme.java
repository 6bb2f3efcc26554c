package app.contactshield.desktop.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
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

    private static final String OPAQUE_POPUPS = Objects.requireNonNull(
            Theme.class.getResource("/app/contactshield/desktop/opaque-popups.css"), "opaque-popups.css")
            .toExternalForm();

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

    /** The app's style sheets: its own and {@link #popupSheets()}. */
    public static List<String> sheets() {
        List<String> sheets = new ArrayList<>(List.of(APP_CSS));
        sheets.addAll(popupSheets());
        return sheets;
    }

    /**
     * Where the screen cannot show see-through windows, the sheet that takes the shadow margin off popups (else drawn
     * as a light frame around them); elsewhere none.
     */
    public static List<String> popupSheets() {
        return Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW) ? List.of() : List.of(OPAQUE_POPUPS);
    }

    /** Sets the user-agent style sheet for every window of the application. */
    public static void applyGlobally(boolean dark) {
        String sheet = dark ? PRIMER_DARK : PRIMER_LIGHT;
        Application.setUserAgentStylesheet(Objects.requireNonNull(Theme.class.getResource(sheet), sheet)
                .toExternalForm());
    }

    /**
     * Adds the app's style sheets to a scene and marks its root for the theme. Popups (drop-down lists, menus,
     * tooltips) take their owner scene's sheets, so they follow too.
     */
    public static void style(Scene scene, boolean dark) {
        for (String sheet : sheets()) {
            if (!scene.getStylesheets().contains(sheet)) {
                scene.getStylesheets().add(sheet);
            }
        }
        scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }
}
