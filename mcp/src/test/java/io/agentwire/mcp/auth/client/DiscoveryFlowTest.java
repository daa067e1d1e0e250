package io.agentwire.mcp.auth.client;

import static io.agentwire.mcp.auth.client.OAuthFixture.AS_PATH;
import static io.agentwire.mcp.auth.client.OAuthFixture.PRM_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.mcp.auth.client.OAuthFixture.FakeBrowser;

/** The discovery paths of the conformance metadata variants, the refusals, and the 2025-03-26 fallbacks. */
class DiscoveryFlowTest {
    private final OAuthFixture fx = new OAuthFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private OAuthClientAuthorizer authorizer(FakeBrowser browser) {
        return new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(browser).build());
    }

    @Test
    void prmFromHeaderThenRootOAuthMetadata() throws Exception {
        fx.standard(null);
        FakeBrowser browser = new FakeBrowser(fx.base);
        Map<String, String> headers = fx.authorizeOnce(authorizer(browser), null);

        assertEquals("Bearer tok-1", headers.get("Authorization"));
        assertEquals(1, fx.gets(PRM_PATH).size());
        assertTrue(fx.gets("/.well-known/oauth-protected-resource").isEmpty(), "root PRM must not be tried");
        assertEquals(1, fx.gets(AS_PATH).size());
        assertEquals(fx.base + "/mcp", browser.lastQuery().get("resource"));
        assertEquals(fx.base + "/mcp", fx.forms("/token").get(0).get("resource"));
    }

    @Test
    void tokensAreNeverPresentedToAnotherOrigin() throws Exception {
        fx.standard(null);
        OAuthClientAuthorizer a = authorizer(new FakeBrowser(fx.base));
        fx.authorizeOnce(a, null);
        assertEquals("Bearer tok-1", a.headers("POST", java.net.URI.create(fx.base + "/messages?sessionId=1"))
                .get("Authorization"), "same origin, other path (the legacy HTTP+SSE POST endpoint)");
        assertTrue(a.headers("POST", java.net.URI.create("http://127.0.0.2:" + fx.server.port() + "/mcp")).isEmpty());
        assertTrue(a.headers("POST", java.net.URI.create("https://127.0.0.1:" + fx.server.port() + "/mcp")).isEmpty());
    }

    @Test
    void pathSuffixedPrmWithoutHeaderAndOpenIdConfiguration() throws Exception {
        fx.prm(null);
        fx.publish("/.well-known/openid-configuration", fx.asMetadata());
        fx.registration("/register", "c", null, "none");
        fx.token("tok-1");
        OAuthClientAuthorizer a = authorizer(new FakeBrowser(fx.base));

        assertTrue(a.challenged(401, OAuthFixture.headers("WWW-Authenticate", "Bearer realm=\"mcp\""), "POST", fx.mcp()));
        assertEquals("Bearer tok-1", a.headers("POST", fx.mcp()).get("Authorization"));
        assertEquals(1, fx.gets(AS_PATH).size(), "OAuth metadata is tried first");
        assertEquals(1, fx.gets("/.well-known/openid-configuration").size());
    }

    @Test
    void rootPrmAndIssuerWithPath() throws Exception {
        fx.prm("/.well-known/oauth-protected-resource", fx.base, fx.base + "/tenant1", null);
        fx.publish(AS_PATH + "/tenant1", fx.asMetadata(fx.base + "/tenant1", "/tenant1"));
        fx.registration("/tenant1/register", "c", null, "none");
        fx.token("/tenant1/token", "tok-t", "Bearer", null, 60);
        FakeBrowser browser = new FakeBrowser(fx.base + "/tenant1");
        OAuthClientAuthorizer a = authorizer(browser);

        assertTrue(a.challenged(401, Map.of(), "POST", fx.mcp()));
        assertEquals("Bearer tok-t", a.headers("POST", fx.mcp()).get("Authorization"));
        assertTrue(fx.gets(AS_PATH).isEmpty(), "an issuer with a path must not be looked up at the root");
        assertEquals(fx.base, browser.lastQuery().get("resource"), "resource exactly as the PRM publishes it");
        assertEquals(fx.base, fx.forms("/tenant1/token").get(0).get("resource"));
    }

    @Test
    void customPrmLocationAndOpenIdConfigurationAppended() throws Exception {
        fx.prm("/custom/metadata/location.json", fx.base + "/mcp", fx.base + "/tenant1", null);
        fx.publish("/tenant1/.well-known/openid-configuration", fx.asMetadata(fx.base + "/tenant1", "/tenant1"));
        fx.registration("/tenant1/register", "c", null, "none");
        fx.token("/tenant1/token", "tok-3", "Bearer", null, 60);
        OAuthClientAuthorizer a = authorizer(new FakeBrowser(fx.base + "/tenant1"));

        assertTrue(a.challenged(401, OAuthFixture.headers("www-authenticate",
                "Bearer resource_metadata=\"" + fx.base + "/custom/metadata/location.json\""), "POST", fx.mcp()));
        assertEquals("Bearer tok-3", a.headers("POST", fx.mcp()).get("Authorization"));
        assertEquals(1, fx.gets(AS_PATH + "/tenant1").size());
        assertEquals(1, fx.gets("/.well-known/openid-configuration/tenant1").size());
        assertTrue(fx.gets(PRM_PATH).isEmpty(), "the header's location answered");
    }

    @Test
    void metadataWithAnotherIssuerIsNotUsed() {
        fx.prm(null);
        fx.publish(AS_PATH, fx.asMetadata("https://attacker.example.com", "/mismatched-as"));
        FakeBrowser browser = new FakeBrowser(fx.base);

        OAuthException e = assertThrows(OAuthException.class, () -> fx.authorizeOnce(authorizer(browser), null));
        assertEquals("issuer_mismatch", e.error());
        assertTrue(browser.requests.isEmpty());
        assertTrue(fx.posts("/mismatched-as/register").isEmpty());
        assertTrue(fx.posts("/mismatched-as/token").isEmpty());
    }

    @Test
    void prmForAnotherResourceStopsEverything() {
        fx.prm(PRM_PATH, "https://evil.example.com/mcp", fx.base, null);
        fx.publish(AS_PATH, fx.asMetadata());

        OAuthException e = assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(authorizer(new FakeBrowser(fx.base)), null));
        assertEquals("resource_mismatch", e.error());
        assertTrue(fx.gets(AS_PATH).isEmpty(), "not even the authorization server is contacted");
    }

    @Test
    void march2025MetadataAtServerRootWithoutPrm() throws Exception {
        fx.publish(AS_PATH, fx.asMetadata(fx.base, "/oauth"));
        fx.registration("/oauth/register", "c", "s", null);
        fx.token("/oauth/token", "tok-m", "Bearer", null, 60);
        OAuthClientAuthorizer a = authorizer(new FakeBrowser(fx.base));

        assertTrue(a.challenged(401, OAuthFixture.headers("www-authenticate", "Bearer"), "POST", fx.mcp()));
        assertEquals("Bearer tok-m", a.headers("POST", fx.mcp()).get("Authorization"));
        assertEquals(1, fx.gets(PRM_PATH).size());
        assertEquals(1, fx.gets("/.well-known/oauth-protected-resource").size());
        assertEquals("code-1", fx.forms("/oauth/token").get(0).get("code"));
    }

    @Test
    void march2025DefaultEndpointsWithoutAnyMetadata() throws Exception {
        fx.registration("/register", "fallback-client", "fallback-secret", null);
        fx.token("/token", "tok-f", "Bearer", null, 60);
        FakeBrowser browser = new FakeBrowser(null);
        OAuthClientAuthorizer a = authorizer(browser);

        assertTrue(a.challenged(401, Map.of(), "POST", fx.mcp()));
        assertEquals("Bearer tok-f", a.headers("POST", fx.mcp()).get("Authorization"));
        assertEquals(fx.base + "/authorize", browser.requests.get(0).toString().split("\\?")[0]);
        assertEquals("fallback-client", browser.lastQuery().get("client_id"));
        assertEquals(List.of("/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"),
                List.of(fx.gets(AS_PATH).get(0).getUrl(), fx.gets("/.well-known/openid-configuration").get(0).getUrl()));
        Map<String, String> token = fx.forms("/token").get(0);
        assertEquals("authorization_code", token.get("grant_type"));
    }
}
