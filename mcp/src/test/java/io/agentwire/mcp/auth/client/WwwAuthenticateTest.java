package io.agentwire.mcp.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.agentwire.mcp.auth.client.WwwAuthenticate.Challenge;

class WwwAuthenticateTest {
    @Test
    void bearerWithQuotedCommasAndEscapes() {
        List<Challenge> cs = WwwAuthenticate.parse("Bearer error=\"insufficient_scope\", scope=\"a b\", "
                + "resource_metadata=\"https://x.test/.well-known/oauth-protected-resource/mcp\", "
                + "error_description=\"needs \\\"write\\\", sorry\"");
        assertEquals(1, cs.size());
        Challenge c = cs.get(0);
        assertTrue(c.is("bearer"));
        assertEquals("insufficient_scope", c.error().orElseThrow());
        assertEquals("a b", c.scope().orElseThrow());
        assertEquals("https://x.test/.well-known/oauth-protected-resource/mcp", c.resourceMetadata().orElseThrow());
        assertEquals("needs \"write\", sorry", c.param("ERROR_DESCRIPTION").orElseThrow());
    }

    @Test
    void severalChallengesAndToken68() {
        List<Challenge> cs = WwwAuthenticate.parse(List.of("Basic realm=\"r\", Negotiate abc==, DPoP algs=\"ES256\","
                + " error=use_dpop_nonce", "Bearer realm=mcp"));
        assertEquals(List.of("Basic", "Negotiate", "DPoP", "Bearer"), cs.stream().map(Challenge::scheme).toList());
        assertEquals("r", cs.get(0).param("realm").orElseThrow());
        assertTrue(cs.get(1).params().isEmpty());
        assertEquals("ES256", cs.get(2).param("algs").orElseThrow());
        assertEquals("use_dpop_nonce", cs.get(2).error().orElseThrow());
        assertEquals("mcp", cs.get(3).param("realm").orElseThrow());
        assertEquals("DPoP", WwwAuthenticate.oauthChallenge(cs).orElseThrow().scheme(), "the one with an error wins");
    }

    @Test
    void malformedInputIsSkippedNotThrown() {
        assertTrue(WwwAuthenticate.parse((String) null).isEmpty());
        assertTrue(WwwAuthenticate.parse(" , ,").isEmpty());
        List<Challenge> cs = WwwAuthenticate.parse("=x, Bearer scope=\"unterminated");
        Challenge bearer = cs.get(cs.size() - 1);
        assertTrue(bearer.is("Bearer"));
        assertEquals("unterminated", bearer.scope().orElseThrow());
        assertTrue(WwwAuthenticate.parse("Bearer scope=\"\"").get(0).scope().isEmpty(), "blank scope is no scope");
    }
}
