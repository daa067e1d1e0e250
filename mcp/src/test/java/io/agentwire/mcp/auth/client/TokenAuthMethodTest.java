package io.agentwire.mcp.auth.client;

import static io.agentwire.mcp.auth.client.OAuthFixture.AS_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.agentwire.mcp.auth.client.OAuthFixture.FakeBrowser;
import tools.jackson.databind.node.ObjectNode;

/** client_secret_basic, client_secret_post and none, as the server lists them and the registration grants them. */
class TokenAuthMethodTest {
    private final OAuthFixture fx = new OAuthFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private LoggedRequest run(String method, String secret) throws Exception {
        fx.standard(null);
        ObjectNode md = fx.asMetadata();
        md.putArray("token_endpoint_auth_methods_supported").add(method);
        fx.publish(AS_PATH, md);
        fx.registration("/register", "client-1", secret, method);
        fx.authorizeOnce(new OAuthClientAuthorizer(OAuthClientConfig.builder()
                .authorizationCode(new FakeBrowser(fx.base)).build()), null);
        assertEquals(method, OAuthFixture.JSON.readTree(fx.posts("/register").get(0).getBodyAsString())
                .path("token_endpoint_auth_method").stringValue(), "registration asks for what the server lists");
        return fx.posts("/token").get(0);
    }

    @Test
    void clientSecretBasic() throws Exception {
        LoggedRequest r = run("client_secret_basic", "s3cr:t");
        assertEquals(basic("client-1", "s3cr%3At"), r.getHeader("Authorization"), "form-encoded before base64");
        assertFalse(OAuthFixture.form(r.getBodyAsString()).containsKey("client_secret"));
    }

    @Test
    void clientSecretPost() throws Exception {
        LoggedRequest r = run("client_secret_post", "s3cret");
        Map<String, String> form = OAuthFixture.form(r.getBodyAsString());
        assertEquals("client-1", form.get("client_id"));
        assertEquals("s3cret", form.get("client_secret"));
        assertFalse(r.containsHeader("Authorization"));
    }

    @Test
    void noneForPublicClients() throws Exception {
        LoggedRequest r = run("none", null);
        Map<String, String> form = OAuthFixture.form(r.getBodyAsString());
        assertEquals("client-1", form.get("client_id"));
        assertNull(form.get("client_secret"));
        assertFalse(r.containsHeader("Authorization"));
    }
}
