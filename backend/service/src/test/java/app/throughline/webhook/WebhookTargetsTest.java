package app.throughline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.api.InvalidRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard on its own: what it refuses, what an allowed CIDR lets through. No connection is made. */
class WebhookTargetsTest {

    private final WebhookTargets guard = new WebhookTargets(List.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://127.1/hook",
                "http://2130706433/hook",
                "http://017700000001/hook",
                "http://0177.0.0.1/hook",
                "http://0x7f000001/hook",
                "http://0x7f.0.0.1/hook",
                "http://localhost/hook",
                "http://localhost./hook",
                "http://LOCALHOST../hook",
                "http://app.localhost/hook",
                "http://[::1]/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://[::ffff:7f00:1]/hook",
                "http://[::ffff:169.254.169.254]/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.5/hook",
                "http://172.16.3.4/hook",
                "http://192.168.1.10/hook",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook",
                "http://[::]/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1]/hook",
                "http://224.0.0.1/hook",
                "http://[ff02::1]/hook",
                "ftp://example.com/hook",
                "file:///etc/passwd",
                "gopher://example.com/",
                "javascript:alert(1)",
                "http://user:pass@93.184.216.34/hook",
                "http://does-not-exist.invalid/hook",
                "http:///hook"
            })
    void shouldRefuseTargetsThatAreNotPublicHttp(String url) {
        assertThatThrownBy(() -> guard.check(url, "url"))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).status()).isEqualTo(422));
    }

    @Test
    void shouldAcceptAPublicAddressAndNameTheAddressToConnectTo() {
        WebhookTargets.Target target = guard.check("https://93.184.216.34:8443/in?x=1", "url");
        assertThat(target.address().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(target.port()).isEqualTo(8443);
    }

    @Test
    void shouldAllowOnlyTheConfiguredPrivateRanges() {
        WebhookTargets onPremises = new WebhookTargets(List.of("127.0.0.1/32", "10.1.0.0/16"));
        assertThat(onPremises.check("http://127.0.0.1:9000/hook", "url").port()).isEqualTo(9000);
        assertThat(onPremises.check("http://10.1.200.3/hook", "url").host()).isEqualTo("10.1.200.3");
        assertThatThrownBy(() -> onPremises.check("http://10.2.0.1/hook", "url"))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> onPremises.check("http://127.0.0.2/hook", "url"))
                .isInstanceOf(InvalidRequest.class);
        // other notations of an allowed address stay refused
        assertThatThrownBy(() -> onPremises.check("http://2130706433:9000/hook", "url"))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> onPremises.check("http://169.254.169.254/", "url"))
                .isInstanceOf(InvalidRequest.class);
    }
}
