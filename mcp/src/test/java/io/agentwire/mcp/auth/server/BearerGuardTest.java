package io.agentwire.mcp.auth.server;

import static io.agentwire.mcp.auth.server.AuthFixtures.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BearerGuardTest {
    private static final String PRM = "http://127.0.0.1:3001/.well-known/oauth-protected-resource/mcp";

    private final AuthFixtures auth = new AuthFixtures();
    private final BearerGuard guard = new BearerGuard(auth.config());

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void validTokenIsAllowedWithItsPrincipal() {
        BearerGuard.Decision decision = guard.check("Bearer " + auth.validToken("mcp"), "tools/list", null);
        assertTrue(decision.allowed());
        assertEquals(BearerGuard.Outcome.ALLOW, decision.outcome());
        assertEquals("user-1", decision.principal().subject());
        assertEquals(200, decision.status());
        assertNull(decision.wwwAuthenticate());
        assertEquals(Map.of(), decision.headers());
        assertTrue(guard.check("bearer   " + auth.validToken("mcp") + " ", (String) null).allowed(), "scheme is case-insensitive");
    }

    @Test
    void missingTokenGetsAPlain401PointingAtTheMetadata() {
        for (String header : new String[] {null, "", "Bearer", "Bearer   ", "Basic dXNlcjpwYXNz"}) {
            BearerGuard.Decision decision = guard.check(header, (String) null);
            assertEquals(401, decision.status(), header);
            assertEquals(BearerGuard.Outcome.UNAUTHENTICATED, decision.outcome());
            assertEquals("Bearer resource_metadata=\"" + PRM + "\", scope=\"mcp\"", decision.wwwAuthenticate());
            assertEquals(Map.of("WWW-Authenticate", decision.wwwAuthenticate()), decision.headers());
        }
    }

    @Test
    void challengeForAToolCallAsksForTheToolsScopesToo() {
        assertEquals("Bearer resource_metadata=\"" + PRM + "\", scope=\"mcp admin\"",
                guard.check(null, "tools/call", "delete_everything").wwwAuthenticate());
    }

    @Test
    void withoutRequiredScopesTheChallengeHasNoScope() {
        BearerGuard open = new BearerGuard(ResourceServerConfig.builder(AuthFixtures.RESOURCE)
                .authorizationServer(auth.issuer(), auth.jwksUri()).build());
        assertEquals("Bearer resource_metadata=\"" + PRM + "\"", open.check(null, (String) null).wwwAuthenticate());
    }

    @Test
    void refusedTokenGets401InvalidToken() {
        String expired = sign(auth.key, auth.claims().expirationTime(new Date(System.currentTimeMillis() - 600_000)).build());
        BearerGuard.Decision decision = guard.check("Bearer " + expired, (String) null);
        assertEquals(401, decision.status());
        assertEquals(BearerGuard.Outcome.INVALID_TOKEN, decision.outcome());
        assertEquals(TokenRejection.EXPIRED, decision.rejection());
        assertEquals("Bearer error=\"invalid_token\", resource_metadata=\"" + PRM + "\", scope=\"mcp\", "
                + "error_description=\"the access token expired\"", decision.wwwAuthenticate());

        BearerGuard.Decision elsewhere = guard.check("Bearer " + sign(auth.key, auth.claims().audience("https://a.example/mcp").build()), (String) null);
        assertEquals(TokenRejection.WRONG_AUDIENCE, elsewhere.rejection());
        assertTrue(elsewhere.wwwAuthenticate().contains("error_description=\"the access token was not issued for this resource\""));
    }

    @Test
    void missingToolScopeAsksForStepUpKeepingWhatTheClientHolds() {
        BearerGuard.Decision decision = guard.check("Bearer " + auth.validToken("mcp files:read"), "tools/call", "delete_everything");
        assertEquals(403, decision.status());
        assertEquals(BearerGuard.Outcome.INSUFFICIENT_SCOPE, decision.outcome());
        assertEquals("Bearer error=\"insufficient_scope\", scope=\"mcp admin files:read\", resource_metadata=\"" + PRM + "\", "
                + "error_description=\"this request needs scope admin\"", decision.wwwAuthenticate());
        assertTrue(guard.check("Bearer " + auth.validToken("mcp admin"), "tools/call", "delete_everything").allowed());
        assertTrue(guard.check("Bearer " + auth.validToken("mcp"), "tools/call", "hello").allowed(), "tools without rules need the defaults only");
    }

    @Test
    void tokenWithoutTheDefaultScopeIsAStepUpNotAnAuthenticationFailure() {
        BearerGuard.Decision decision = guard.check("Bearer " + auth.validToken("other"), (String) null);
        assertEquals(403, decision.status());
        assertTrue(decision.wwwAuthenticate().startsWith("Bearer error=\"insufficient_scope\", scope=\"mcp other\""), decision.wwwAuthenticate());
    }

    @Test
    void requiredScopesFollowMethodAndTool() {
        BearerGuard scoped = new BearerGuard(auth.configBuilder().methodScopes("resources/read", "files:read").build());
        assertEquals(Set.of("mcp"), scoped.requiredScopes(null, null));
        assertEquals(Set.of("mcp"), scoped.requiredScopes("tools/list", null));
        assertEquals(Set.of("mcp", "admin"), scoped.requiredScopes("tools/call", "delete_everything"));
        assertEquals(Set.of("mcp"), scoped.requiredScopes("prompts/get", "delete_everything"), "tool rules apply to tools/call only");
        assertEquals(Set.of("mcp", "files:read"), scoped.requiredScopes("resources/read", null));
        assertEquals(403, scoped.check("Bearer " + auth.validToken("mcp"), "resources/read", null).status());
        assertTrue(scoped.check("Bearer " + auth.validToken("mcp files:read"), "resources/read", null).allowed());
    }

    @Test
    void unavailableKeysAre503WithRetryAfter() {
        String token = auth.validToken("mcp");
        auth.close();
        BearerGuard.Decision decision = guard.check("Bearer " + token, (String) null);
        assertEquals(503, decision.status());
        assertEquals(BearerGuard.Outcome.UNAVAILABLE, decision.outcome());
        assertEquals(TokenRejection.KEYS_UNAVAILABLE, decision.rejection());
        assertEquals("5", decision.headers().get("Retry-After"));
        assertTrue(decision.headers().get("WWW-Authenticate").startsWith("Bearer resource_metadata="));
    }

    @Test
    void challengeValuesStayQuotable() {
        assertEquals("a b c", BearerChallenge.quotable("a\"b\\c"));
        assertEquals("x y", BearerChallenge.quotable("x\ny"));
    }
}
