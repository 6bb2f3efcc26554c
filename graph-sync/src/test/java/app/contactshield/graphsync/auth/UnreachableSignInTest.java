package app.contactshield.graphsync.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.MsalClientException;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A sign-in that cannot reach Entra ID names the host to check, never "null". */
class UnreachableSignInTest {

    @Test
    void anUnknownHostDeepInTheCauseChainIsNamed() {
        Throwable failure = new ExecutionException(new MsalClientException(
                new UnknownHostException("login.microsoftonline.com")));

        assertThat(MsalSignIn.unreachableHost(failure)).contains("login.microsoftonline.com");
    }

    @Test
    void aFailureThatIsNotTheNetworksIsNotCalledUnreachable() {
        assertThat(MsalSignIn.unreachableHost(new MsalClientException("invalid_grant", "invalid_grant"))).isEmpty();
    }
}
