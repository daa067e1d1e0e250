package io.agentwire.a2a.push;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF guard, on IP literals only: no lookup leaves the machine. */
class WebhookUrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/h", "https://10.0.0.1/h", "https://172.16.5.4/h", "https://192.168.1.1/h",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/h", "https://[fe80::1]/h", "https://0.0.0.0/h",
            "https://100.64.0.1/h", "https://[::ffff:127.0.0.1]/h", "https://[fd00::5]/h", "https://224.0.0.1/h"})
    void strictPolicyRefusesInternalAddresses(String url) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> WebhookUrlPolicy.strict().check(url));
        assertTrue(refused.getMessage().contains("address"), refused.getMessage());
    }

    @Test
    void strictPolicyWantsHttpsAndNoUserInfo() {
        assertThrows(IllegalArgumentException.class, () -> WebhookUrlPolicy.strict().check("http://93.184.215.14/h"));
        assertThrows(IllegalArgumentException.class, () -> WebhookUrlPolicy.strict().check("ftp://93.184.215.14/h"));
        assertThrows(IllegalArgumentException.class, () -> WebhookUrlPolicy.strict().check("https://u:p@93.184.215.14/h"));
        assertDoesNotThrow(() -> WebhookUrlPolicy.strict().check("https://93.184.215.14/hook"));
    }

    @Test
    void loopbackFlagOpensLoopbackOnly() {
        WebhookUrlPolicy local = WebhookUrlPolicy.allowingLoopback();
        assertDoesNotThrow(() -> local.check("http://127.0.0.1:8080/h"));
        assertDoesNotThrow(() -> local.check("http://[::1]:8080/h"));
        assertThrows(IllegalArgumentException.class, () -> local.check("http://10.1.2.3/h"));
        assertThrows(IllegalArgumentException.class, () -> local.check("http://169.254.169.254/h"));
        assertDoesNotThrow(() -> local.allowingPrivateNetworks().check("http://10.1.2.3/h"));
    }

    @Test
    void allowListRestrictsHosts() {
        WebhookUrlPolicy listed = WebhookUrlPolicy.allowingLoopback().onlyHosts(Set.of("127.0.0.1"));
        assertDoesNotThrow(() -> listed.check("http://127.0.0.1/h"));
        assertThrows(IllegalArgumentException.class, () -> listed.check("http://[::1]/h"));
    }
}
