package io.agentwire.mcp.auth.client;

import static io.agentwire.mcp.auth.client.OAuthFixture.AS_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.mcp.auth.client.OAuthFixture.FakeBrowser;
import tools.jackson.databind.node.ObjectNode;

/** RFC 9207 as SEP-2468 applies it: the iss-* conformance scenarios, one test each. */
class IssuerCheckTest {
    private final OAuthFixture fx = new OAuthFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private void serve(Boolean advertised) {
        fx.standard(null);
        ObjectNode md = fx.asMetadata();
        if (advertised != null) {
            md.put("authorization_response_iss_parameter_supported", advertised);
        }
        fx.publish(AS_PATH, md);
    }

    private OAuthClientAuthorizer authorizer(String iss) {
        return new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(new FakeBrowser(iss)).build());
    }

    @Test
    void advertisedAndCorrectProceeds() throws Exception {
        serve(true);
        assertEquals("Bearer tok-1", fx.authorizeOnce(authorizer(fx.base), null).get("Authorization"));
        assertEquals(1, fx.posts("/token").size());
    }

    @Test
    void notAdvertisedAndAbsentProceeds() throws Exception {
        serve(null);
        assertEquals("Bearer tok-1", fx.authorizeOnce(authorizer(null), null).get("Authorization"));
        assertEquals(1, fx.posts("/token").size());
    }

    @Test
    void advertisedButMissingIsRejected() {
        serve(true);
        assertEquals("issuer_missing", assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(authorizer(null), null)).error());
        assertTrue(fx.posts("/token").isEmpty());
    }

    @Test
    void advertisedAndWrongIsRejected() {
        serve(true);
        assertEquals("issuer_mismatch", assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(authorizer("https://evil.example.com"), null)).error());
        assertTrue(fx.posts("/token").isEmpty());
    }

    @Test
    void unadvertisedButPresentAndWrongIsRejected() {
        serve(null);
        assertEquals("issuer_mismatch", assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(authorizer("https://evil.example.com"), null)).error());
        assertTrue(fx.posts("/token").isEmpty());
    }

    @Test
    void normalizationEquivalentVariantIsRejected() {
        serve(true);
        assertEquals("issuer_mismatch", assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(authorizer(fx.base + "/"), null)).error());
        assertTrue(fx.posts("/token").isEmpty());
    }
}
