package app.contactshield.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.calls.Screenshots;
import app.contactshield.desktop.calls.TestTheme;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {
    private static final String TENANT = "beispiel-logistik.onmicrosoft.com";
    private static final String CLIENT = "4b0c9a5e-1f2d-4c3b-9a8e-7d6c5b4a3f21";

    private final FakeSignInService service = new FakeSignInService();
    private final List<String> demos = new CopyOnWriteArrayList<>();
    private StackPane host;

    @Start
    void start(Stage stage) {
        TestTheme.primerLight();
        host = new StackPane();
        stage.setScene(new Scene(host, 760, 720));
        stage.show();
    }

    @Test
    void withoutTenantShowsTheFirstRunFormAndTheDemoButton(FxRobot robot) {
        Parent screen = show(TenantSettings.none());

        Button demo = robot.lookup(".demo-button").queryButton();
        assertThat(shown(demo)).isTrue();
        assertThat(robot.lookup(".locked-note").queryAs(Label.class).getText())
                .isEqualTo("Your IT department gives you these two values.");
        Screenshots.save(screen, "signin-first-run");
        robot.clickOn(demo);

        assertThat(demos).containsExactly("demo");
    }

    @Test
    void policyTenantIsLockedAndTheDeviceCodeIsShown(FxRobot robot) {
        Parent screen = show(new TenantSettings(TENANT, CLIENT, true));
        assertThat(shown(robot.lookup(".demo-button").query())).isFalse();
        assertThat(robot.lookup(".text-field").queryAllAs(TextField.class)).allMatch(TextField::isDisabled);

        robot.clickOn(robot.lookup(".flat").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        service.prompt.accept(new DeviceCodePrompt("FZ8XK2Q4T", URI.create("https://microsoft.com/devicelogin")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".device-code").queryAs(Label.class).getText()).isEqualTo("FZ8XK2Q4T");
        assertThat(robot.lookup(".hyperlink").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("https://microsoft.com/devicelogin");
        Screenshots.save(screen, "signin-device-code");
    }

    @Test
    void missingKeyringAsksInADialogAndErrorsAreShown(FxRobot robot) {
        Parent screen = show(new TenantSettings(TENANT, CLIENT, true));
        robot.clickOn(robot.lookup(".accent").queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        service.answer(SignInResult.of(SignInResult.Outcome.KEYRING_MISSING));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot.lookup(".dialog-card").query())).isTrue();
        Screenshots.save(screen, "signin-keyring-question");
        robot.clickOn(robot.lookup(".dialog-card .danger").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(service.requests).extracting(SignInRequest::allowWithoutKeyring).containsExactly(false, true);
        service.answer(SignInResult.of(SignInResult.Outcome.CONSENT_MISSING));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot.lookup(".dialog-card").query())).isFalse();
        Screenshots.save(screen, "signin-consent-missing");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void aWholeClientIdAndTenantDomainFitTheirFields(String language, FxRobot robot) {
        Parent screen = show(TenantSettings.none(), Locale.forLanguageTag(language));
        TextField tenant = robot.lookup("#tenant").queryAs(TextField.class);
        TextField client = robot.lookup("#client").queryAs(TextField.class);

        robot.interact(() -> {
            tenant.setText(TENANT);
            client.setText(CLIENT);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(innerWidth(client)).as("room for the client id").isGreaterThanOrEqualTo(textWidth(client));
        assertThat(innerWidth(tenant)).as("room for the tenant domain").isGreaterThanOrEqualTo(textWidth(tenant));
        for (Label label : robot.from(screen).lookup(".label").queryAllAs(Label.class)) {
            if (label.getLabelFor() == tenant || label.getLabelFor() == client) {
                assertThat(label.getWidth()).as("room for the label %s", label.getText())
                        .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
            }
        }
        Screenshots.save(screen, "signin-full-guid-" + language);
    }

    private static double innerWidth(TextField field) {
        return field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
    }

    private static double textWidth(TextField field) {
        Text text = new Text(field.getText());
        text.setFont(field.getFont());
        return text.getLayoutBounds().getWidth();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Parent show(TenantSettings settings) {
        return show(settings, Locale.ENGLISH);
    }

    private Parent show(TenantSettings settings, Locale locale) {
        CallsText text = CallsText.forLocale(locale);
        SignInViewModel vm = new SignInViewModel(service, settings, text, Platform::runLater,
                SignInViewModel.Actions.of(r -> { }, () -> demos.add("demo"), s -> { }, uri -> { }));
        Parent[] screen = new Parent[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            screen[0] = SignInScreen.load(vm, text);
            host.getChildren().setAll(screen[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return screen[0];
    }
}
