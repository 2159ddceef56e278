package app.throughline.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.api.NotAuthenticated;
import app.throughline.api.TooManyRequests;
import app.throughline.auth.AuthDtos.Login;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Failed sign-ins slow the guesser down without locking the owner out from their own address. */
@QuarkusTest
class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.9";
    private static final String OWNER = "198.51.100.7";

    @Inject
    AuthService auth;

    @Test
    void fiveWrongPasswordsElsewhereDoNotLockTheOwnerOut() {
        Session ada = Api.register("ada");
        for (int i = 0; i < 5; i++) {
            String guess = "wrong-password-" + i;
            assertThatThrownBy(() -> auth.login(new Login(ada.email(), guess), ATTACKER))
                    .isInstanceOf(NotAuthenticated.class);
        }
        assertThatThrownBy(() -> auth.login(new Login(ada.email(), ada.password()), ATTACKER))
                .as("the guesser's address is throttled, even with the right password")
                .isInstanceOf(TooManyRequests.class);
        assertThat(auth.login(new Login(ada.email(), ada.password()), OWNER).accessToken())
                .isNotBlank();
    }
}
