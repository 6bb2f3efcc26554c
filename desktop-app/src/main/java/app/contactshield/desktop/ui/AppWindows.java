package app.contactshield.desktop.ui;

import app.contactshield.desktop.calls.CallHistoryViewModel;
import app.contactshield.desktop.calls.CallHistoryWindow;
import app.contactshield.desktop.calls.CallServices;
import app.contactshield.desktop.calls.ColleagueDirectory;
import app.contactshield.desktop.calls.PresenceLookup;
import app.contactshield.desktop.card.BusinessCardViewModel;
import app.contactshield.desktop.card.BusinessCardWindow;
import app.contactshield.desktop.card.OwnCard;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.tray.ShieldTray;
import app.contactshield.desktop.ui.main.Screens;
import app.contactshield.desktop.ui.settings.SettingKey;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's secondary windows: settings, favourites, the user's business card, recent calls, and the tray icon.
 * JavaFX thread; the card is fetched on the context's workers.
 */
final class AppWindows implements Screens {
    private static final Logger LOG = LoggerFactory.getLogger(AppWindows.class);

    private final AppContext context;
    private final LinkOpener links;
    private final Clock clock;
    private volatile Runnable connect;
    private Boolean implicitExitBefore;

    AppWindows(AppContext context, LinkOpener links, Clock clock) {
        this.context = context;
        this.links = links;
        this.clock = clock;
    }

    /** Offers "Connect your organisation" in the toolbar, running {@code action} on the JavaFX thread. */
    void offerConnect(Runnable action) {
        connect = action;
    }

    @Override
    public boolean connectOffered() {
        return connect != null;
    }

    @Override
    public void connectOrganisation(Window owner) {
        if (connect != null) {
            connect.run();
        }
    }

    @Override
    public void openSettings(Window owner) {
        showDialog(owner, "settings/Settings.fxml", context.messages().get("settings.title"));
    }

    /** Opens the list of stored numbers that can't identify callers, over the settings. */
    void openUnusableNumbers(Window owner) {
        showDialog(owner, "diagnostics/UnusableNumbers.fxml", context.messages().get("unusable.title"));
    }

    @Override
    public void openFavourites(Window owner) {
        showDialog(owner, "favourites/Favourites.fxml", context.messages().get("favourites.title"));
    }

    @Override
    public void openCard(Window owner) {
        context.workers().execute(() -> {
            try {
                OwnCard card = context.parts().card().fetch();
                Platform.runLater(() -> themed(BusinessCardWindow.open(owner,
                        new BusinessCardViewModel(card, context.callsText(),
                                context.parts().settings().value(SettingKey.REGION)), List.of())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The business card could not be fetched: {}", e.getMessage());
                Platform.runLater(() -> tell(owner, context.messages().get("card.unavailable")));
            }
        });
    }

    @Override
    public void openHistory(Window owner) {
        AppContext.Parts parts = context.parts();
        CallServices services = new CallServices(parts.phone(), parts.store(), PresenceLookup.NONE,
                ColleagueDirectory.of(parts.store()), links, context.workers(), Platform::runLater,
                context.callsText(), parts.settings().value(SettingKey.REGION), clock);
        themed(CallHistoryWindow.open(owner, new CallHistoryViewModel(services, ZoneId.systemDefault(),
                CallHistoryViewModel.DEFAULT_LIMIT), List.of()));
    }

    /**
     * Installs the tray icon. With one, closing the main window hides it and caller ID keeps running until "Quit"
     * in the tray; without one, closing the last window quits as usual. {@link #removeTray} undoes it.
     */
    Optional<ShieldTray> installTray(Stage stage, BooleanProperty vacationMode) {
        Optional<ShieldTray> tray = ShieldTray.install(vacationMode, () -> bringBack(stage), Platform::exit,
                context.callsText(), Platform::runLater);
        if (tray.isPresent()) {
            implicitExitBefore = Platform.isImplicitExit();
            Platform.setImplicitExit(false);
        }
        return tray;
    }

    /** Removes the tray icon and lets closing the last window quit again, as before the tray. */
    void removeTray(ShieldTray tray) {
        tray.close();
        if (implicitExitBefore != null) {
            Platform.setImplicitExit(implicitExitBefore);
            implicitExitBefore = null;
        }
    }

    /** Applies the theme in force to every open window. */
    void restyle() {
        boolean dark = context.dark();
        Theme.applyGlobally(dark);
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                Theme.style(window.getScene(), dark);
            }
        }
    }

    /** Shows the main window again in front of the others, below a ringing call. */
    private void bringBack(Stage stage) {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
        context.raiseCallWindow();
    }

    private void themed(Stage stage) {
        Theme.style(stage.getScene(), context.dark());
    }

    private void tell(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle(context.messages().get("app.title"));
        Theme.style(alert.getDialogPane().getScene(), context.dark());
        alert.show();
    }

    private void showDialog(Window owner, String view, String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(context.load(view));
        Theme.style(scene, context.dark());
        stage.setScene(scene);
        stage.show();
    }
}
