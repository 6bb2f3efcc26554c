package app.contactshield.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.calls.CallsText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInViewModelTest {
    private static final String TENANT = "beispiel-logistik.onmicrosoft.com";
    private static final String CLIENT = "4b0c9a5e-1f2d-4c3b-9a8e-7d6c5b4a3f21";

    private final FakeSignInService service = new FakeSignInService();
    private final List<SignInResult> signedIn = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private final List<URI> opened = new ArrayList<>();
    private int demos;

    @Test
    void withoutTenantTheFormIsEditableAndDemoIsOffered() {
        SignInViewModel vm = model(TenantSettings.none());

        assertThat(vm.fieldsEditable()).isTrue();
        assertThat(vm.demoOffered()).isTrue();
        assertThat(vm.canSignInProperty().get()).isFalse();
        vm.tryDemo();
        assertThat(demos).isEqualTo(1);
    }

    @Test
    void policyTenantIsShownLockedWithoutDemo() {
        SignInViewModel vm = model(new TenantSettings(TENANT, CLIENT, true));

        assertThat(vm.tenantIdProperty().get()).isEqualTo(TENANT);
        assertThat(vm.fieldsEditable()).isFalse();
        assertThat(vm.demoOffered()).isFalse();
        assertThat(vm.canSignInProperty().get()).isTrue();
    }

    @Test
    void interactiveSignInHandsTheResultToTheShell() {
        SignInViewModel vm = model(new TenantSettings(TENANT, CLIENT, true));

        vm.signIn();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Finish signing in in your browser…");
        service.answer(SignInResult.signedIn("ada.beispiel@beispiel-logistik.example"));

        assertThat(signedIn).extracting(SignInResult::account)
                .containsExactly("ada.beispiel@beispiel-logistik.example");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(service.requests.get(0)).isEqualTo(new SignInRequest(TENANT, CLIENT, false));
    }

    @Test
    void deviceCodeShowsTheCodeAndLinkAndCopiesTheCode() {
        SignInViewModel vm = model(new TenantSettings(TENANT, CLIENT, true));

        vm.signInWithCode();
        service.prompt.accept(new DeviceCodePrompt("FZ8XK2Q4T", URI.create("https://microsoft.com/devicelogin")));
        vm.copyCode();
        vm.openCodePage();

        assertThat(vm.deviceCodeProperty().get()).isEqualTo("FZ8XK2Q4T");
        assertThat(vm.deviceUrlProperty().get()).isEqualTo("https://microsoft.com/devicelogin");
        assertThat(clipboard).containsExactly("FZ8XK2Q4T");
        assertThat(opened).containsExactly(URI.create("https://microsoft.com/devicelogin"));
    }

    @ParameterizedTest
    @CsvSource({
        "CONSENT_MISSING, Ask your IT administrator to grant consent",
        "WRONG_TENANT, another organisation than beispiel-logistik.onmicrosoft.com",
        "OFFLINE, Check your internet connection",
        "CANCELLED, Sign-in was cancelled."
    })
    void failuresGetAClearMessage(SignInResult.Outcome outcome, String expected) {
        SignInViewModel vm = model(new TenantSettings(TENANT, CLIENT, true));

        vm.signIn();
        service.answer(SignInResult.of(outcome));

        assertThat(vm.messageProperty().get()).contains(expected);
        assertThat(vm.messageKindProperty().get()).isEqualTo(SignInViewModel.MessageKind.ERROR);
        assertThat(signedIn).isEmpty();
    }

    @Test
    void missingKeyringAsksBeforeFallingBackAndRetriesOnlyWhenTheUserAgrees() {
        SignInViewModel vm = model(new TenantSettings(TENANT, CLIENT, true));
        vm.signIn();

        service.answer(SignInResult.of(SignInResult.Outcome.KEYRING_MISSING));
        assertThat(vm.keyringQuestionProperty().get()).isTrue();
        assertThat(service.requests).hasSize(1);
        vm.continueWithoutKeyring();

        assertThat(vm.keyringQuestionProperty().get()).isFalse();
        assertThat(service.requests).extracting(SignInRequest::allowWithoutKeyring).containsExactly(false, true);
    }

    @Test
    void decliningTheKeyringFallbackStopsWithAnExplanation() {
        SignInViewModel vm = model(new TenantSettings(TENANT, CLIENT, true));
        vm.signIn();
        service.answer(SignInResult.of(SignInResult.Outcome.KEYRING_MISSING));

        vm.declineWithoutKeyring();

        assertThat(vm.messageProperty().get()).startsWith("Sign-in stopped");
        assertThat(service.requests).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "'contoso', " + CLIENT + ", Enter the tenant",
        "'not a tenant.com', " + CLIENT + ", Enter the tenant",
        TENANT + ", 'abc', Enter the application"
    })
    void malformedFirstRunValuesAreRefusedBeforeAnySignIn(String tenant, String client, String expected) {
        SignInViewModel vm = model(TenantSettings.none());
        vm.tenantIdProperty().set(tenant);
        vm.clientIdProperty().set(client);

        vm.signIn();

        assertThat(vm.messageProperty().get()).startsWith(expected);
        assertThat(service.requests).isEmpty();
    }

    @Test
    void tenantIdAsGuidIsAccepted() {
        SignInViewModel vm = model(TenantSettings.none());
        vm.tenantIdProperty().set("72f988bf-86f1-41af-91ab-2d7cd011db47");
        vm.clientIdProperty().set(CLIENT);

        vm.signIn();

        assertThat(service.requests).hasSize(1);
    }

    private SignInViewModel model(TenantSettings settings) {
        return new SignInViewModel(service, settings, CallsText.forLocale(Locale.ENGLISH), Runnable::run,
                SignInViewModel.Actions.of(signedIn::add, () -> demos++, clipboard::add, opened::add));
    }
}
