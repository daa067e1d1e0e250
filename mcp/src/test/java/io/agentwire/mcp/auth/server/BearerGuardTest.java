package io.agentwire.mcp.auth.server;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BearerGuardTest {
    private final AuthFixtures auth;
    private final BearerGuard guard;

    BearerGuardTest() throws Exception {
        auth = new AuthFixtures();
        guard = new BearerGuard(auth.config());
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void allowsAValidTokenAndCachesTheKeys() throws Exception {
        for (int i = 0; i < 5; i++) {
            BearerGuard.Decision decision = guard.check("Bearer " + auth.validToken("mcp"), null);
            assertTrue(decision.allowed(), decision.wwwAuthenticate());
            assertEquals("user-1", decision.principal().subject());
            assertEquals("client-1", decision.principal().clientId());
        }
        auth.server.verify(1, getRequestedFor(urlEqualTo("/jwks")));
    }

    @Test
    void missingTokenGets401PointingAtTheMetadata() {
        BearerGuard.Decision decision = guard.check(null, null);
        assertEquals(401, decision.status());
        assertEquals("Bearer scope=\"mcp\", resource_metadata=\"http://127.0.0.1:3001/.well-known/oauth-protected-resource/mcp\"",
                decision.wwwAuthenticate());
        assertEquals(401, guard.check("Basic dXNlcjpwYXNz", null).status());
    }

    @Test
    void refusesTokensNotMeantForThisServer() throws Exception {
        assertRefused(auth.token(auth.key, "http://127.0.0.1:9999/other", "mcp", 300), "aud");
        assertRefused(auth.token(auth.key, AuthFixtures.RESOURCE.toString(), "mcp", -600), "xpired");
        assertRefused(auth.token(auth.stranger, AuthFixtures.RESOURCE.toString(), "mcp", 300), "ignature");
        assertRefused("not.a.jwt", "malformed");
    }

    @Test
    void wrongIssuerIsRefused() throws Exception {
        ResourceServerConfig other = ResourceServerConfig.builder(AuthFixtures.RESOURCE, URI.create("https://issuer.invalid"),
                URI.create(auth.issuer() + "/jwks")).build();
        BearerGuard.Decision decision = new BearerGuard(other).check("Bearer " + auth.validToken("mcp"), null);
        assertFalse(decision.allowed());
        assertTrue(decision.wwwAuthenticate().contains("invalid_token"), decision.wwwAuthenticate());
    }

    @Test
    void missingToolScopeAsksForStepUp() throws Exception {
        BearerGuard.Decision decision = guard.check("Bearer " + auth.validToken("mcp"), "delete_everything");
        assertEquals(403, decision.status());
        assertTrue(decision.wwwAuthenticate().startsWith("Bearer error=\"insufficient_scope\""), decision.wwwAuthenticate());
        assertTrue(decision.wwwAuthenticate().contains("scope=\"admin mcp\""), decision.wwwAuthenticate());
        assertTrue(guard.check("Bearer " + auth.validToken("mcp admin"), "delete_everything").allowed());
    }

    @Test
    void unreachableKeyHostIsARefusalNotAHang() throws Exception {
        String token = auth.validToken("mcp");
        ResourceServerConfig config = auth.config();
        auth.server.stop();
        long start = System.nanoTime();
        BearerGuard.Decision decision = new BearerGuard(config).check("Bearer " + token, null);
        assertEquals(401, decision.status());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "gave up within the HTTP timeouts");
    }

    private void assertRefused(String token, String reasonFragment) {
        BearerGuard.Decision decision = guard.check("Bearer " + token, null);
        assertEquals(401, decision.status(), token);
        assertTrue(decision.wwwAuthenticate().contains("error=\"invalid_token\""), decision.wwwAuthenticate());
        assertTrue(decision.wwwAuthenticate().contains(reasonFragment), decision.wwwAuthenticate());
    }
}
