package io.agentwire.mcp.auth.client;

import static io.agentwire.mcp.auth.client.OAuthFixture.AS_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.mcp.auth.client.OAuthFixture.FakeBrowser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** PKCE, state, resource, scope selection, offline_access and the three ways of identifying the client. */
class AuthorizationCodeFlowTest {
    private final OAuthFixture fx = new OAuthFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private OAuthClientAuthorizer authorizer(FakeBrowser browser, OAuthClientConfig.Builder b) {
        return new OAuthClientAuthorizer(b.authorizationCode(browser).build());
    }

    private OAuthClientAuthorizer authorizer(FakeBrowser browser) {
        return authorizer(browser, OAuthClientConfig.builder());
    }

    @Test
    void pkceStateAndResourceAreSentAndVerifierMatches() throws Exception {
        fx.standard(null);
        FakeBrowser browser = new FakeBrowser(fx.base);
        fx.authorizeOnce(authorizer(browser), null);

        Map<String, String> q = browser.lastQuery();
        assertEquals("code", q.get("response_type"));
        assertEquals("dcr-client", q.get("client_id"));
        assertEquals("S256", q.get("code_challenge_method"));
        assertEquals("http://localhost:3000/callback", q.get("redirect_uri"));
        assertTrue(q.get("state").length() >= 32, "state carries enough entropy");
        assertEquals(fx.base + "/mcp", q.get("resource"));
        assertFalse(q.containsKey("scope"), "no scope anywhere: omitted");

        Map<String, String> token = fx.forms("/token").get(0);
        assertEquals("authorization_code", token.get("grant_type"));
        assertEquals("code-1", token.get("code"));
        assertEquals(q.get("redirect_uri"), token.get("redirect_uri"));
        assertEquals(q.get("code_challenge"), Pkce.s256(token.get("code_verifier")));
        assertEquals(q.get("resource"), token.get("resource"));
        assertEquals("dcr-client", token.get("client_id"));
        assertNull(token.get("client_secret"));
    }

    @Test
    void refusesWithoutS256() throws Exception {
        fx.prm(null);
        ObjectNode md = fx.asMetadata();
        md.remove("code_challenge_methods_supported");
        fx.publish(AS_PATH, md);
        fx.registration("/register", "c", null, "none");
        FakeBrowser browser = new FakeBrowser(fx.base);
        OAuthException absent = assertThrows(OAuthException.class, () -> fx.authorizeOnce(authorizer(browser), null));
        assertEquals("pkce_unsupported", absent.error());

        md.putArray("code_challenge_methods_supported").add("plain");
        fx.publish(AS_PATH, md);
        OAuthException plainOnly = assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(authorizer(browser), null));
        assertEquals("pkce_unsupported", plainOnly.error());
        assertTrue(browser.requests.isEmpty(), "no authorization request without PKCE");
        assertTrue(fx.posts("/token").isEmpty());
    }

    @Test
    void scopeFromChallengeWinsOverScopesSupported() throws Exception {
        fx.standard(List.of("mcp:basic", "mcp:read"));
        FakeBrowser browser = new FakeBrowser(fx.base);
        fx.authorizeOnce(authorizer(browser), "mcp:only");
        assertEquals("mcp:only", browser.lastQuery().get("scope"));
    }

    @Test
    void scopeFallsBackToAllScopesSupported() throws Exception {
        fx.standard(List.of("mcp:basic", "mcp:read", "mcp:write"));
        FakeBrowser browser = new FakeBrowser(fx.base);
        fx.authorizeOnce(authorizer(browser), null);
        assertEquals("mcp:basic mcp:read mcp:write", browser.lastQuery().get("scope"));
    }

    @Test
    void offlineAccessOnlyWhenTheAuthorizationServerListsIt() throws Exception {
        fx.standard(List.of("mcp:basic"));
        ObjectNode md = fx.asMetadata();
        md.putArray("scopes_supported").add("mcp:basic").add("offline_access");
        fx.publish(AS_PATH, md);
        FakeBrowser browser = new FakeBrowser(fx.base);
        fx.authorizeOnce(authorizer(browser), null);
        assertEquals("mcp:basic offline_access", browser.lastQuery().get("scope"));

        md.putArray("scopes_supported").add("mcp:basic").add("mcp:read");
        fx.publish(AS_PATH, md);
        FakeBrowser second = new FakeBrowser(fx.base);
        fx.authorizeOnce(authorizer(second), null);
        assertEquals("mcp:basic", second.lastQuery().get("scope"));
    }

    @Test
    void dynamicRegistrationSendsNativeApplicationTypeAndRefreshGrant() throws Exception {
        fx.standard(null);
        fx.authorizeOnce(authorizer(new FakeBrowser(fx.base)), null);

        JsonNode body = OAuthFixture.JSON.readTree(fx.posts("/register").get(0).getBodyAsString());
        assertEquals("native", body.path("application_type").stringValue());
        assertEquals("Agentwire MCP client", body.path("client_name").stringValue());
        assertEquals("http://localhost:3000/callback", body.path("redirect_uris").get(0).stringValue());
        assertEquals(List.of("authorization_code", "refresh_token"),
                List.of(body.path("grant_types").get(0).stringValue(), body.path("grant_types").get(1).stringValue()));
        assertEquals("none", body.path("token_endpoint_auth_method").stringValue(), "the only method the server lists");
    }

    @Test
    void clientIdMetadataDocumentWhenSupportedInsteadOfRegistration() throws Exception {
        fx.standard(null);
        ObjectNode md = fx.asMetadata();
        md.put("client_id_metadata_document_supported", true);
        fx.publish(AS_PATH, md);
        FakeBrowser browser = new FakeBrowser(fx.base);
        URI cimd = URI.create("https://conformance-test.local/client-metadata.json");
        fx.authorizeOnce(authorizer(browser, OAuthClientConfig.builder().clientMetadataUrl(cimd)), null);

        assertEquals(cimd.toString(), browser.lastQuery().get("client_id"));
        assertEquals(cimd.toString(), fx.forms("/token").get(0).get("client_id"));
        assertTrue(fx.posts("/register").isEmpty());
    }

    @Test
    void metadataDocumentUrlIsNotUsedWhereUnsupported() throws Exception {
        fx.standard(null);
        FakeBrowser browser = new FakeBrowser(fx.base);
        fx.authorizeOnce(authorizer(browser, OAuthClientConfig.builder()
                .clientMetadataUrl(URI.create("https://conformance-test.local/client-metadata.json"))), null);
        assertEquals("dcr-client", browser.lastQuery().get("client_id"));
        assertEquals(1, fx.posts("/register").size());
    }

    @Test
    void preRegisteredClientBeatsEverythingElse() throws Exception {
        fx.standard(null);
        ObjectNode md = fx.asMetadata();
        md.remove("registration_endpoint");
        md.put("client_id_metadata_document_supported", true);
        md.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic");
        fx.publish(AS_PATH, md);
        FakeBrowser browser = new FakeBrowser(fx.base);
        fx.authorizeOnce(authorizer(browser, OAuthClientConfig.builder()
                .clientMetadataUrl(URI.create("https://c.test/m.json"))
                .preRegistered("pre-registered-client", "pre-registered-secret")), null);

        assertEquals("pre-registered-client", browser.lastQuery().get("client_id"));
        assertEquals(TokenAuthMethodTest.basic("pre-registered-client", "pre-registered-secret"),
                fx.posts("/token").get(0).getHeader("Authorization"));
    }

    @Test
    void noWayToIdentifyTheClientIsAnError() {
        fx.prm(null);
        ObjectNode md = fx.asMetadata();
        md.remove("registration_endpoint");
        fx.publish(AS_PATH, md);
        OAuthException e = assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(authorizer(new FakeBrowser(fx.base)), null));
        assertEquals("no_client_identity", e.error());
    }

    @Test
    void authorizationErrorAndStateMismatchStopBeforeTheTokenRequest() throws Exception {
        fx.standard(null);
        AuthorizationCodeHandler denying = (url, redirect) -> URI.create(redirect + "?error=access_denied&state="
                + OAuthFixture.enc(AuthorizationResponse.query(url).get("state")) + "&iss=" + OAuthFixture.enc(fx.base));
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(denying).build());
        assertEquals("access_denied", assertThrows(OAuthException.class, () -> fx.authorizeOnce(a, null)).error());

        AuthorizationCodeHandler forged = (url, redirect) -> URI.create(redirect + "?code=x&state=forged&iss="
                + OAuthFixture.enc(fx.base));
        OAuthClientAuthorizer b = new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(forged).build());
        assertEquals("state_mismatch", assertThrows(OAuthException.class, () -> fx.authorizeOnce(b, null)).error());
        assertTrue(fx.posts("/token").isEmpty());
    }
}
