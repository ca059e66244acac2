package io.flumeconnect.sources.http.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.http.RequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private final Authenticator both = new Authenticator("t1, t2", "alice:pa:ss,bob:x");

    @Test
    void withoutSecretsEveryRequestIsLetIn() throws Exception {
        Authenticator open = new Authenticator("", "");
        assertThat(open.enabled()).isFalse();
        assertThatCode(() -> open.check(null)).doesNotThrowAnyException();
    }

    @Test
    void acceptsAnyConfiguredTokenOrUser() {
        assertThatCode(() -> both.check("Bearer t1")).doesNotThrowAnyException();
        assertThatCode(() -> both.check("bearer  t2")).doesNotThrowAnyException();
        assertThatCode(() -> both.check("Basic " + basic("alice:pa:ss"))).doesNotThrowAnyException();
        assertThatCode(() -> both.check("Basic " + basic("bob:x"))).doesNotThrowAnyException();
    }

    @Test
    void refusesMissingOrWrongCredentialsWith401WithoutEchoingThem() {
        assertThatThrownBy(() -> both.check(null)).isInstanceOf(RequestException.class)
                .hasMessage("credentials are required (Bearer or Basic)")
                .satisfies(e -> assertThat(((RequestException) e).status()).isEqualTo(401));
        assertThatThrownBy(() -> both.check("Bearer t3")).hasMessageNotContaining("t3");
        assertThatThrownBy(() -> both.check("Bearer ")).isInstanceOf(RequestException.class);
        assertThatThrownBy(() -> both.check("Basic " + basic("alice:wrong"))).isInstanceOf(RequestException.class);
        assertThatThrownBy(() -> both.check("Basic not-base64!")).isInstanceOf(RequestException.class);
        assertThatThrownBy(() -> both.check("Digest t1")).isInstanceOf(RequestException.class);
        assertThatThrownBy(() -> new Authenticator("t1", "").check("Basic " + basic("t1")))
                .isInstanceOf(RequestException.class);
    }

    @Test
    void theChallengeNamesTheSchemes() {
        assertThat(both.challenge()).isEqualTo("Bearer realm=\"flume-connect\", Basic realm=\"flume-connect\", "
                + "charset=\"UTF-8\"");
    }

    @Test
    void aUserWithoutPasswordIsAConfigErrorThatHidesTheSecret() {
        assertThatThrownBy(() -> new Authenticator("", "alice:pw,justaname"))
                .hasMessage("every entry must be user:password");
    }

    private static String basic(String pair) {
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
