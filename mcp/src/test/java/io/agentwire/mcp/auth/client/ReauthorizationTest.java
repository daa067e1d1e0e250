package io.agentwire.mcp.auth.client;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.agentwire.mcp.auth.client.OAuthFixture.AS_PATH;
import static io.agentwire.mcp.auth.client.OAuthFixture.PRM_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.agentwire.mcp.auth.client.OAuthFixture.FakeBrowser;

/** Step-up on insufficient_scope with its limits, refresh, and following a server to a new authorization server. */
class ReauthorizationTest {
    private final OAuthFixture fx = new OAuthFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private Map<String, List<String>> forbidden(String scope) {
        return OAuthFixture.headers("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + scope
                + "\", resource_metadata=\"" + fx.base + PRM_PATH + "\"");
    }

    @Test
    void stepUpRequestsTheUnionOfScopes() throws Exception {
        fx.standard(List.of("mcp:profile"));
        FakeBrowser browser = new FakeBrowser(fx.base);
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(browser).build());
        fx.authorizeOnce(a, "mcp:basic");
        assertEquals("mcp:basic", browser.lastQuery().get("scope"));

        assertTrue(a.challenged(403, forbidden("mcp:write"), "POST", fx.mcp()));
        assertEquals("mcp:basic mcp:write", browser.lastQuery().get("scope"));
        assertEquals(2, fx.posts("/token").size());
    }

    @Test
    void sameScopeAgainIsNotRetried() throws Exception {
        fx.standard(List.of("mcp:admin"));
        FakeBrowser browser = new FakeBrowser(fx.base);
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(browser).build());
        fx.authorizeOnce(a, "mcp:admin");
        a.headers("POST", fx.mcp());
        assertFalse(a.challenged(403, forbidden("mcp:admin"), "POST", fx.mcp()));
        assertFalse(a.challenged(403, forbidden("mcp:admin"), "POST", fx.mcp()));
        assertEquals(1, browser.requests.size(), "a re-authorization that cannot change anything is not attempted");
    }

    @Test
    void stepUpsAreCapped() throws Exception {
        fx.standard(null);
        FakeBrowser browser = new FakeBrowser(fx.base);
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(browser)
                .maxStepUps(2).build());
        fx.authorizeOnce(a, "s0");
        assertTrue(a.challenged(403, forbidden("s1"), "POST", fx.mcp()));
        assertTrue(a.challenged(403, forbidden("s2"), "POST", fx.mcp()));
        assertFalse(a.challenged(403, forbidden("s3"), "POST", fx.mcp()));
        assertEquals(3, browser.requests.size(), "at most 3 authorization requests in all");
        assertFalse(a.challenged(403, OAuthFixture.headers("www-authenticate", "Bearer error=\"invalid_token\""),
                "POST", fx.mcp()), "a 403 that is not insufficient_scope is final");
    }

    @Test
    void freshTokensRejectedOverAndOverEndTheLoop() throws Exception {
        fx.standard(null);
        FakeBrowser browser = new FakeBrowser(fx.base);
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(browser).build());
        int retries = 0;
        for (int i = 0; i < 10; i++) {
            a.headers("POST", fx.mcp());
            if (!a.challenged(401, fx.unauthorized(null), "POST", fx.mcp())) {
                break;
            }
            retries++;
        }
        assertEquals(2, retries);
        assertEquals(2, browser.requests.size());
    }

    @Test
    void expiringTokenIsRefreshedBeforeUse() throws Exception {
        fx.standard(null);
        fx.token("/token", "tok-old", "Bearer", "rt-1", 5);
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder()
                .authorizationCode(new FakeBrowser(fx.base)).build());
        a.challenged(401, fx.unauthorized(null), "POST", fx.mcp());
        fx.token("/token", "tok-new", "Bearer", null, 3600);

        assertEquals("Bearer tok-new", a.headers("POST", fx.mcp()).get("Authorization"));
        Map<String, String> refresh = fx.forms("/token").get(1);
        assertEquals("refresh_token", refresh.get("grant_type"));
        assertEquals("rt-1", refresh.get("refresh_token"));
        assertEquals(fx.base + "/mcp", refresh.get("resource"));
        assertEquals("dcr-client", refresh.get("client_id"));
    }

    @Test
    void rejectedTokenThatWorkedBeforeIsRefreshedNotReauthorized() throws Exception {
        fx.standard(null);
        fx.token("/token", "tok-1", "Bearer", "rt-1", 3600);
        FakeBrowser browser = new FakeBrowser(fx.base);
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(browser).build());
        fx.authorizeOnce(a, null);
        a.headers("POST", fx.mcp());
        fx.token("/token", "tok-2", "Bearer", null, 3600);

        assertTrue(a.challenged(401, fx.unauthorized(null), "POST", fx.mcp()));
        assertEquals("Bearer tok-2", a.headers("POST", fx.mcp()).get("Authorization"));
        assertEquals(1, browser.requests.size());
        assertEquals("refresh_token", fx.forms("/token").get(1).get("grant_type"));
    }

    @Test
    void newAuthorizationServerGetsANewRegistration() throws Exception {
        try (OAuthFixture as2 = new OAuthFixture()) {
            fx.prm(List.of("mcp:basic"));
            fx.publish(AS_PATH, fx.asMetadata());
            fx.registration("/register", "as1-client-id", "as1-secret", null);
            fx.token("tok-as1");
            as2.publish(AS_PATH, as2.asMetadata());
            as2.registration("/register", "as2-client-id", "as2-secret", null);
            as2.token("tok-as2");
            FakeBrowser browser = new FakeBrowser(fx.base);
            OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(browser)
                    .build());
            fx.authorizeOnce(a, "mcp:basic");
            a.headers("POST", fx.mcp());

            fx.prm(OAuthFixture.PRM_PATH, fx.base + "/mcp", as2.base, null); // the server moved
            browser.iss = as2.base;
            assertTrue(a.challenged(401, fx.unauthorized("mcp:basic"), "POST", fx.mcp()));
            assertEquals("Bearer tok-as2", a.headers("POST", fx.mcp()).get("Authorization"));
            assertEquals(1, as2.posts("/register").size());
            assertEquals("as2-client-id", browser.lastQuery().get("client_id"));
            assertEquals("as2-client-id", as2.forms("/token").get(0).get("client_id"));
        }
    }

    @Test
    void invalidClientForgetsTheRegistration() throws Exception {
        fx.standard(null);
        fx.server.stubFor(post(urlPathEqualTo("/token")).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"error\":\"invalid_client\"}").withStatus(401)).willSetStateTo("ok"));
        fx.server.stubFor(post(urlPathEqualTo("/token")).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"access_token\":\"tok-9\",\"token_type\":\"Bearer\"}")));
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder()
                .authorizationCode(new FakeBrowser(fx.base)).build());
        assertEquals("invalid_client", org.junit.jupiter.api.Assertions.assertThrows(OAuthException.class,
                () -> a.challenged(401, fx.unauthorized(null), "POST", fx.mcp())).error());
        assertTrue(a.challenged(401, fx.unauthorized(null), "POST", fx.mcp()));
        assertEquals(2, fx.posts("/register").size(), "registered afresh after invalid_client");
    }
}
