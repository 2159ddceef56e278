package app.throughline.auth;

import static io.restassured.RestAssured.given;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real tokens, signed in the test, that must all be refused: verification is pinned to RS256 and
 * checks issuer, audience, expiry and signature.
 */
@QuarkusTest
class JwtVerificationTest {

    private static final String ISSUER = "https://throughline.app";
    private static final String AUDIENCE = "throughline-api";

    private Session ada;
    private PrivateKey serviceKey;

    @BeforeEach
    void setUp() throws Exception {
        ada = Api.register("ada");
        serviceKey = KeyUtils.decodePrivateKey(
                java.nio.file.Files.readString(EmbeddedPostgresResource.keys().privateKey()));
    }

    private JwtClaimsBuilder validClaims() {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(ada.userId().toString())
                .expiresIn(600);
    }

    private static void assertRefused(String token) {
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAcceptATokenSignedByTheServiceKey() {
        given().header("Authorization", "Bearer " + validClaims().sign(serviceKey))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        long past = Instant.now().minusSeconds(7200).getEpochSecond();
        assertRefused(Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(ada.userId().toString())
                .issuedAt(past)
                .expiresAt(past + 600)
                .sign(serviceKey));
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuer() {
        assertRefused(Jwt.issuer("https://evil.example")
                .audience(AUDIENCE)
                .subject(ada.userId().toString())
                .expiresIn(600)
                .sign(serviceKey));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertRefused(Jwt.issuer(ISSUER)
                .audience("someone-else")
                .subject(ada.userId().toString())
                .expiresIn(600)
                .sign(serviceKey));
    }

    @Test
    void shouldRefuseAnUnsignedToken() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertRefused(header + "." + b64(payload()) + ".");
    }

    @Test
    void shouldRefuseHs256SignedWithThePublicKey() throws Exception {
        byte[] publicPem = Files.readAllBytes(EmbeddedPostgresResource.keys().publicKey());
        String signingInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(payload());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicPem, "HmacSHA256"));
        String signature = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        assertRefused(signingInput + "." + signature);
    }

    @Test
    void shouldRefuseATamperedToken() {
        Session bob = Api.register("bob");
        String[] parts = validClaims().sign(serviceKey).split("\\.");
        String forgedPayload =
                b64(payload().replace(ada.userId().toString(), bob.userId().toString()));
        assertRefused(parts[0] + "." + forgedPayload + "." + parts[2]);
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertRefused(validClaims().sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void shouldRefuseATokenOfADeletedUser() {
        assertRefused(Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(java.util.UUID.randomUUID().toString())
                .expiresIn(600)
                .sign(serviceKey));
    }

    private String payload() {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + ada.userId() + "\",\"iat\":"
                + now + ",\"exp\":" + (now + 600) + "}";
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
