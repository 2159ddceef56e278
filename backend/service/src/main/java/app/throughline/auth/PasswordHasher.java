package app.throughline.auth;

import app.throughline.platform.ThroughlineConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt: slow on purpose, so a stolen table is expensive to crack. */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    // compared against when the account does not exist, so both paths take as long
    private final String decoy;

    PasswordHasher(ThroughlineConfig config) {
        this.cost = config.password().bcryptCost();
        this.decoy = BcryptUtil.bcryptHash("decoy-password-for-timing", cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    public void spendTimeOfOneCheck(String password) {
        BcryptUtil.matches(password, decoy);
    }
}
