package app.contactshield.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.demo.DemoPhoneLink;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.store.StoreFiles;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app's way in: demo when nothing is configured, sign-in and the real encrypted store when a tenant is. */
@ExtendWith(ApplicationExtension.class)
class AppShellTest {
    static final String TENANT_JSON = "{\"tenantId\":\"" + ShellFixture.TENANT + "\",\"clientId\":\""
            + ShellFixture.CLIENT + "\",\"defaultRegion\":\"DE\"}";

    @TempDir
    Path dir;

    private Stage stage;
    private AppShell shell;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void closeShell(FxRobot robot) {
        if (shell != null) {
            robot.interact(() -> {
                shell.close();
                UiFixture.hideOtherWindows(stage);
            });
        }
    }

    private ShellFixture fixture() {
        return new ShellFixture(dir);
    }

    private void startShell(FxRobot robot, AppShell toStart) {
        shell = toStart;
        robot.interact(() -> {
            UiFixture.hideOtherWindows(stage);
            shell.start(stage);
        });
    }

    private AppContext awaitMainWindow() throws Exception {
        UiFixture.await(() -> shell.context() != null && !shell.context().search().loadingProperty().get()
                && shell.context().search().totalProperty().get() > 1_000);
        return shell.context();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || !n.isManaged()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    @Test
    void withoutTenantOpensDemoLabelledDemoThatLeadsToTheFirstRunForm(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, null));

        AppContext demo = awaitMainWindow();
        assertThat(demo.parts().demo()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Contact Shield — Demo");
        assertThat(shown(robot.lookup("#demoBadge").query())).isTrue();
        UiFixture.screenshot(stage.getScene(), "shell-demo-connect-light");
        robot.clickOn("#connectButton");
        UiFixture.await(() -> robot.lookup(".demo-button").tryQuery().map(AppShellTest::shown).orElse(false));
        assertThat(shell.context()).isNull();
        assertThat(robot.lookup("#tenant").queryAs(TextField.class).isEditable()).isTrue();
        UiFixture.screenshot(stage.getScene(), "shell-first-run-light");
        robot.clickOn(".demo-button");

        assertThat(awaitMainWindow().parts().demo()).isTrue();
    }

    @Test
    void leavingTheDemoForTheFirstRunFormClosesItsCallWindow(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, null));
        AppContext demo = awaitMainWindow();
        ((DemoPhoneLink) demo.parts().phone()).ringNow();
        UiFixture.await(AppShellTest::callShowing);

        robot.clickOn("#connectButton");
        UiFixture.await(() -> robot.lookup(".demo-button").tryQuery().map(AppShellTest::shown).orElse(false));

        UiFixture.await(() -> !callShowing());
        robot.clickOn(".demo-button");
        awaitMainWindow();
        assertThat(callShowing()).isFalse();
    }

    private static boolean callShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Popup && w.isShowing());
    }

    @Test
    void withTenantSignsInAndOpensTheEncryptedStoreInTheDataDirectory(FxRobot robot) throws Exception {
        ShellFixture fixture = fixture().userSettings(TENANT_JSON);
        startShell(robot, fixture.shell(null, null));
        UiFixture.await(() -> robot.lookup("#signIn").tryQuery().isPresent());
        assertThat(robot.lookup(".demo-button").tryQuery().map(AppShellTest::shown).orElse(false)).isFalse();
        UiFixture.screenshot(stage.getScene(), "shell-signin-light");

        robot.clickOn("#signIn");
        AppContext real = awaitMainWindow();

        assertThat(fixture.signIn.requests).hasSize(1);
        assertThat(real.parts().demo()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Contact Shield");
        assertThat(shown(robot.lookup("#connectButton").queryButton())).isFalse();
        assertThat(real.status().phoneTextProperty().get()).isEqualTo("No phone linked");
        List<Person> people = real.parts().store().people();
        assertThat(people).hasSizeGreaterThan(1_000);
        assertStoreFileHidesNames(people.get(0).displayName());
        UiFixture.screenshot(stage.getScene(), "shell-real-main-light");
    }

    @Test
    void restartWithACachedAccountOpensTheStoreWhileTheSignInResumes(FxRobot robot) throws Exception {
        ShellFixture firstStart = fixture().userSettings(TENANT_JSON);
        startShell(robot, firstStart.shell(null, null));
        UiFixture.await(() -> robot.lookup("#signIn").tryQuery().isPresent());
        robot.clickOn("#signIn");
        int stored = awaitMainWindow().parts().store().people().size();
        robot.interact(shell::close);
        ShellFixture restart = fixture();
        CompletableFuture<Void> signInResumes = new CompletableFuture<>();
        restart.signIn.resumeCachedAccountWhen(signInResumes);

        startShell(robot, restart.shell(null, null));
        UiFixture.await(shell::storeOpenedEarly);
        assertThat(shell.context()).as("no main window before the sign-in resumed").isNull();
        signInResumes.complete(null);

        AppContext real = awaitMainWindow();
        assertThat(real.parts().demo()).isFalse();
        assertThat(restart.signIn.requests).as("no interactive sign-in").isEmpty();
        assertThat(real.parts().store().people()).hasSizeGreaterThanOrEqualTo(stored);
    }

    @Test
    void aPreparedShellOpensTheStoreAndResumesTheSignInBeforeItsFirstScreen(FxRobot robot) throws Exception {
        ShellFixture firstStart = fixture().userSettings(TENANT_JSON);
        startShell(robot, firstStart.shell(null, null));
        UiFixture.await(() -> robot.lookup("#signIn").tryQuery().isPresent());
        robot.clickOn("#signIn");
        awaitMainWindow();
        robot.interact(shell::close);
        ShellFixture restart = fixture();
        CompletableFuture<Void> signInResumes = new CompletableFuture<>();
        restart.signIn.resumeCachedAccountWhen(signInResumes);

        AppShell prepared = AppShell.prepare(() -> restart.shell(null, null)).get(30, TimeUnit.SECONDS);
        UiFixture.await(prepared::storeOpenedEarly);
        signInResumes.complete(null);
        startShell(robot, prepared);

        AppContext real = awaitMainWindow();
        assertThat(real.parts().demo()).isFalse();
        assertThat(restart.signIn.requests).as("no interactive sign-in").isEmpty();
    }

    private void assertStoreFileHidesNames(String name) throws Exception {
        List<Path> stores;
        try (Stream<Path> files = Files.walk(dir)) {
            stores = files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList();
        }
        assertThat(stores).as("the encrypted H2 store in the data directory").isNotEmpty();
        String bytes = new String(Files.readAllBytes(stores.get(0)), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(name);
    }

    @Test
    void settingLockedByThePolicyFileIsDisabledInRealMode(FxRobot robot) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.json"), "{\"tenantId\":\"" + ShellFixture.TENANT
                + "\",\"clientId\":\"" + ShellFixture.CLIENT + "\",\"presenceIntervalSeconds\":60}");
        startShell(robot, fixture().shell(policy, null));
        UiFixture.await(() -> robot.lookup("#signIn").tryQuery().isPresent());
        assertThat(robot.lookup("#tenant").queryAs(TextField.class).isDisabled()).isTrue();
        robot.clickOn("#signIn");
        awaitMainWindow();

        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#interval").tryQuery().isPresent());

        ComboBox<?> interval = robot.lookup("#interval").queryComboBox();
        assertThat(interval.isDisabled()).isTrue();
        assertThat(interval.getValue().toString()).contains("60");
        assertThat(robot.lookup("#intervalNote").queryAs(Label.class).getText())
                .isEqualTo("Set by your organisation");
        assertThat(robot.lookup("#theme").queryComboBox().isDisabled()).isFalse();
        UiFixture.screenshot(interval.getScene(), "shell-settings-policy-light");
    }

    @Test
    void demoWindowFollowsTheManagedPolicyAndMarksWhatItLocked(FxRobot robot) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.json"),
                "{\"theme\":\"dark\",\"language\":\"de\",\"vacationModeAllowed\":false,\"defaultRegion\":\"AT\"}");
        startShell(robot, fixture().shell(policy, null));
        AppContext demo = awaitMainWindow();

        assertThat(demo.parts().demo()).isTrue();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
        assertThat(robot.lookup("#connectButton").queryButton().getText()).isEqualTo("Organisation verbinden");
        assertThat(shown(robot.lookup("#vacationToggle").query())).isFalse();
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#region").tryQuery().isPresent());
        ComboBox<?> region = robot.lookup("#region").queryComboBox();
        assertThat(region.isDisabled()).isTrue();
        assertThat(region.getValue().toString()).contains("AT");
        assertThat(robot.lookup("#regionNote").queryAs(Label.class).getText())
                .isEqualTo("Von Ihrer Organisation festgelegt");
        assertThat(robot.lookup("#themeNote").queryAs(Label.class).getText())
                .isEqualTo("Von Ihrer Organisation festgelegt");
        assertThat(robot.lookup("#languageNote").queryAs(Label.class).getText())
                .isEqualTo("Von Ihrer Organisation festgelegt");
        UiFixture.screenshot(region.getScene(), "shell-demo-settings-policy-dark-de");
    }

    @Test
    void demoSettingsAreSavedInTheDataDirectoryAndHoldAfterARestart(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, null));
        AppContext demo = awaitMainWindow();

        robot.interact(() -> {
            demo.parts().settings().set(SettingKey.THEME, "dark");
            demo.parts().settings().set(SettingKey.LANGUAGE, "de");
        });
        assertThat(dir.resolve("settings.json")).exists();
        robot.interact(() -> shell.close());
        startShell(robot, fixture().shell(null, null));
        AppContext restarted = awaitMainWindow();

        assertThat(restarted.dark()).isTrue();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
        assertThat(robot.lookup("#connectButton").queryButton().getText()).isEqualTo("Organisation verbinden");
    }

    @Test
    void demoFavouritesOutliveATripToTheSignInScreen(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, null));
        AppContext demo = awaitMainWindow();
        Person someone = demo.parts().store().people().get(3);
        demo.parts().store().setFavourite(someone.key(), true);

        robot.clickOn("#connectButton");
        UiFixture.await(() -> robot.lookup(".demo-button").tryQuery().map(AppShellTest::shown).orElse(false));
        robot.clickOn(".demo-button");
        AppContext again = awaitMainWindow();

        assertThat(again).isNotSameAs(demo);
        assertThat(again.parts().store().favourites()).containsExactly(someone.key());
    }

    @Test
    void demoFavouritesOutliveARestartInTheirOrder(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, null));
        AppContext demo = awaitMainWindow();
        Person first = demo.parts().store().people().get(7);
        Person second = demo.parts().store().people().get(3);
        robot.interact(() -> demo.search().setFavourite(first.key(), true));
        UiFixture.await(() -> favourites(demo).size() == 1);
        robot.interact(() -> demo.search().setFavourite(second.key(), true));
        UiFixture.await(() -> favourites(demo).size() == 2);

        robot.interact(() -> shell.close());
        startShell(robot, fixture().shell(null, null));
        AppContext restarted = awaitMainWindow();

        assertThat(restarted).isNotSameAs(demo);
        assertThat(restarted.parts().store().orderedFavourites()).containsExactly(first.key(), second.key());
        // The search lists favourites once its index holds them, which it builds after the window shows.
        UiFixture.await(() -> restarted.search().favouritesInOrder().size() >= 2);
        assertThat(restarted.search().favouritesInOrder()).extracting(hit -> hit.entry().key())
                .containsExactly(first.key(), second.key());
    }

    private static List<PersonKey> favourites(AppContext demo) {
        return ((InMemoryContactStore) demo.parts().store()).orderedFavourites();
    }

    @Test
    void theSignInScreenWearsTheDarkThemeAndTheDemoKeepsItsTitleOnTheWayBack(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, null));
        AppContext demo = awaitMainWindow();
        robot.interact(() -> demo.parts().settings().set(SettingKey.THEME, "dark"));

        robot.clickOn("#connectButton");
        UiFixture.await(() -> robot.lookup(".demo-button").tryQuery().map(AppShellTest::shown).orElse(false));

        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
        Path shot = UiFixture.screenshot(stage.getScene(), "shell-first-run-dark");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(brightness(image.getRGB(4, 4))).as("the screen's background").isLessThan(0.25);
        robot.clickOn(".demo-button");
        awaitMainWindow();
        assertThat(stage.getTitle()).isEqualTo("Contact Shield — Demo");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
    }

    private static double brightness(int rgb) {
        java.awt.Color color = new java.awt.Color(rgb);
        return (0.2126 * color.getRed() + 0.7152 * color.getGreen() + 0.0722 * color.getBlue()) / 255;
    }

    @Test
    void toolbarOpensTheBusinessCardAndTheRecentCalls(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, null));
        awaitMainWindow();

        robot.clickOn("#cardButton");
        UiFixture.await(() -> window("My business card") != null);
        Window card = window("My business card");
        assertThat(robot.from(card.getScene().getRoot()).lookup("Ada Beispiel").tryQuery()).isPresent();
        UiFixture.screenshot(card.getScene(), "shell-card-light");
        robot.clickOn("#historyButton");
        UiFixture.await(() -> window("Recent calls") != null);

        Window history = window("Recent calls");
        assertThat(history.isShowing()).isTrue();
        UiFixture.screenshot(history.getScene(), "shell-history-light");
        robot.interact(() -> pressEscape(history));
        UiFixture.await(() -> !history.isShowing());
        robot.interact(() -> pressEscape(card));
        UiFixture.await(() -> !card.isShowing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void atTheMinimumSizeNoHeaderTextIsCut(String language, FxRobot robot) throws Exception {
        Stage primary = stage;
        robot.interact(() -> stage = new Stage());
        startShell(robot, fixture().userSettings("{\"language\":\"" + language + "\"}").shell(null, null));
        awaitMainWindow();

        // Without a window manager a late configure event of the new scene's size can undo one resize: ask again.
        UiFixture.await(() -> {
            if (stage.getScene().getWidth() != stage.getMinWidth()) {
                Platform.runLater(() -> {
                    stage.setWidth(stage.getMinWidth() + 1);
                    stage.setWidth(stage.getMinWidth());
                    stage.setHeight(stage.getMinHeight());
                });
                return false;
            }
            return true;
        });
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getMinWidth()).isEqualTo(820);
        List<Labeled> header = Stream.of(".app-bar", ".demo-banner")
                .flatMap(bar -> robot.lookup(bar).queryAll().stream())
                .flatMap(bar -> robot.from(bar).lookup((Node node) -> node instanceof Labeled).queryAll().stream())
                .map(Labeled.class::cast).filter(AppShellTest::shown).toList();
        assertThat(header).isNotEmpty().allSatisfy(labeled -> assertThat(shownText(labeled))
                .as("text shown for " + labeled.getText()).isIn(labeled.getText(), ""));
        UiFixture.screenshot(stage.getScene(), "shell-demo-minimum-size-" + language);
        assertThat(stage.getScene().getWidth()).as("scene width " + stage.getWidth()).isEqualTo(stage.getMinWidth());
        Stage own = stage;
        robot.interact(() -> {
            shell.close();
            own.hide();
        });
        shell = null;
        stage = primary;
    }

    /** The text the skin draws: the label's own text, or one cut short with an ellipsis. */
    private static String shownText(Labeled labeled) {
        if (labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return "";
        }
        return labeled.lookupAll(".text").stream().filter(node -> node instanceof Text && node.getParent() == labeled)
                .map(node -> ((Text) node).getText()).findFirst().orElse(labeled.getText());
    }

    @Test
    void recentCallsAndTheBusinessCardCloseWithACloseButton(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, null));
        awaitMainWindow();

        robot.clickOn("#cardButton");
        UiFixture.await(() -> window("My business card") != null);
        Window card = window("My business card");
        robot.clickOn(robot.from(card.getScene().getRoot()).lookup("#closeButton").queryButton());
        UiFixture.await(() -> !card.isShowing());
        robot.clickOn("#historyButton");
        UiFixture.await(() -> window("Recent calls") != null);
        Window history = window("Recent calls");
        robot.clickOn(robot.from(history.getScene().getRoot()).lookup("#closeButton").queryButton());

        UiFixture.await(() -> !history.isShowing());
    }

    @Test
    void theErrorDialogWearsTheAppsTheme(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        startShell(robot, new ShellFixture(file).shell(null, null));

        UiFixture.await(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane));
        Window dialog = Window.getWindows().stream().filter(w -> w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();

        assertThat(dialog.getScene().getRoot().getStyleClass()).contains("theme-light");
        assertThat(dialog.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("app.css"));
        assertThat(Application.getUserAgentStylesheet()).contains("primer");
        UiFixture.screenshot(dialog.getScene(), "shell-error-dialog-light");
        robot.interact(dialog::hide);
    }

    @Test
    void aStoreThatCannotBeReadIsSetAsideAndTheWindowSaysWhereItsLocalDataStays(FxRobot robot) throws Exception {
        ShellFixture fixture = fixture().userSettings(TENANT_JSON);
        Files.write(StoreFiles.databaseFile(dir), new byte[64 * 1024]);
        startShell(robot, fixture.shell(null, null));
        UiFixture.await(() -> robot.lookup("#signIn").tryQuery().isPresent());

        robot.clickOn("#signIn");

        AppContext real = awaitMainWindow();
        UiFixture.await(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane));
        DialogPane notice = (DialogPane) Window.getWindows().stream().filter(w -> w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow().getScene().getRoot();
        assertThat(notice.getContentText()).contains("set aside as", "contacts-unreadable-",
                "favourites, notes and call history");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.contains(
                    "contacts-unreadable-") && notice.getContentText().contains(name));
        }
        assertThat(real.parts().store().people()).hasSizeGreaterThan(1_000);
        UiFixture.screenshot(notice.getScene(), "shell-store-set-aside-light");
        robot.interact(() -> notice.getScene().getWindow().hide());
    }

    @Test
    void telLinkOpensTheAppWithTheNumberSearched(FxRobot robot) throws Exception {
        startShell(robot, fixture().shell(null, "tel:+49-89-7104-215"));

        UiFixture.await(() -> shell.context() != null && !shell.context().search().loadingProperty().get());
        AppContext context = shell.context();

        assertThat(context.search().queryProperty().get()).isEqualTo("+49-89-7104-215");
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("+49-89-7104-215");
    }

    /** Esc as the focused window receives it (the test display has no window manager to give focus). */
    private static void pressEscape(Window window) {
        window.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false,
                false, false));
    }

    private static Window window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())
                && w.isShowing()).findFirst().orElse(null);
    }
}
