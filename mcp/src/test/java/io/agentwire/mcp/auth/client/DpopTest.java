package io.agentwire.mcp.auth.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.agentwire.mcp.auth.client.OAuthFixture.AS_PATH;
import static io.agentwire.mcp.auth.client.OAuthFixture.PRM_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.agentwire.mcp.auth.client.OAuthFixture.FakeBrowser;
import tools.jackson.databind.node.ObjectNode;

/** DPoP (RFC 9449): proofs at the token endpoint and the resource, and nonces from both. */
class DpopTest {
    private final OAuthFixture fx = new OAuthFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private void serve() {
        fx.standard(null);
        ObjectNode md = fx.asMetadata();
        md.putArray("dpop_signing_alg_values_supported").add("ES256");
        fx.publish(AS_PATH, md);
        fx.token("/token", "dpop-bound-token", "DPoP", null, 3600);
    }

    /** Verifies signature, typ, embedded public key and the common claims; returns the claims. */
    static JWTClaimsSet verify(String proof, String method, String htu) throws Exception {
        SignedJWT jwt = SignedJWT.parse(proof);
        assertEquals(new JOSEObjectType("dpop+jwt"), jwt.getHeader().getType());
        ECKey jwk = jwt.getHeader().getJWK().toECKey();
        assertFalse(jwk.isPrivate(), "the jwk header carries the public key only");
        assertTrue(jwt.verify(new ECDSAVerifier(jwk)));
        JWTClaimsSet c = jwt.getJWTClaimsSet();
        assertEquals(method, c.getStringClaim("htm"));
        assertEquals(htu, c.getStringClaim("htu"));
        assertTrue(Math.abs(c.getIssueTime().getTime() - System.currentTimeMillis()) < 60_000);
        assertTrue(c.getJWTID() != null && !c.getJWTID().isEmpty());
        return c;
    }

    private OAuthClientAuthorizer authorizer() {
        return new OAuthClientAuthorizer(OAuthClientConfig.builder().authorizationCode(new FakeBrowser(fx.base)).build());
    }

    @Test
    void boundTokenIsRequestedAndPresentedWithFreshProofs() throws Exception {
        serve();
        OAuthClientAuthorizer a = authorizer();
        assertTrue(a.challenged(401, OAuthFixture.headers("www-authenticate",
                "DPoP resource_metadata=\"" + fx.base + PRM_PATH + "\""), "POST", fx.mcp()));

        String tokenProof = fx.posts("/token").get(0).getHeader("DPoP");
        JWTClaimsSet tc = verify(tokenProof, "POST", fx.base + "/token");
        assertNull(tc.getClaim("ath"), "no access token yet at the token endpoint");

        Map<String, String> first = a.headers("POST", URI.create(fx.base + "/mcp?x=1"));
        Map<String, String> second = a.headers("POST", fx.mcp());
        assertEquals("DPoP dpop-bound-token", first.get("Authorization"));
        JWTClaimsSet c1 = verify(first.get("DPoP"), "POST", fx.base + "/mcp");
        JWTClaimsSet c2 = verify(second.get("DPoP"), "POST", fx.base + "/mcp");
        assertEquals(Pkce.s256("dpop-bound-token"), c1.getStringClaim("ath"));
        assertNotEquals(c1.getJWTID(), c2.getJWTID(), "every request gets its own proof");
        assertEquals(SignedJWT.parse(tokenProof).getHeader().getJWK(), SignedJWT.parse(first.get("DPoP")).getHeader().getJWK(),
                "the token is bound to the key that signs the resource proofs");
        assertEquals("GET", SignedJWT.parse(a.headers("GET", fx.mcp()).get("DPoP")).getJWTClaimsSet().getStringClaim("htm"));
    }

    @Test
    void authorizationServerNonceIsHonoured() throws Exception {
        serve();
        fx.server.stubFor(post(urlPathEqualTo("/token")).inScenario("nonce").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("DPoP-Nonce", "as-nonce-1")
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"use_dpop_nonce\"}"))
                .willSetStateTo("challenged"));
        fx.server.stubFor(post(urlPathEqualTo("/token")).inScenario("nonce").whenScenarioStateIs("challenged")
                .willReturn(okJson("{\"access_token\":\"bound\",\"token_type\":\"DPoP\"}")));
        OAuthClientAuthorizer a = authorizer();
        assertEquals("DPoP bound", fx.authorizeOnce(a, null).get("Authorization"));

        var posts = fx.posts("/token");
        assertEquals(2, posts.size());
        assertNull(SignedJWT.parse(posts.get(0).getHeader("DPoP")).getJWTClaimsSet().getClaim("nonce"));
        assertEquals("as-nonce-1", verify(posts.get(1).getHeader("DPoP"), "POST", fx.base + "/token").getStringClaim("nonce"));
        assertEquals(OAuthFixture.form(posts.get(0).getBodyAsString()).get("code"),
                OAuthFixture.form(posts.get(1).getBodyAsString()).get("code"), "the same request, retried");
    }

    @Test
    void resourceServerNonceIsHonouredOnceAndNotLooped() throws Exception {
        serve();
        OAuthClientAuthorizer a = authorizer();
        fx.authorizeOnce(a, null);
        Map<String, java.util.List<String>> challenge = OAuthFixture.headers(
                "www-authenticate", "DPoP error=\"use_dpop_nonce\", resource_metadata=\"" + fx.base + PRM_PATH + "\"",
                "dpop-nonce", "rs-nonce-1");
        assertTrue(a.challenged(401, challenge, "POST", fx.mcp()));
        Map<String, String> retry = a.headers("POST", fx.mcp());
        assertEquals("rs-nonce-1", verify(retry.get("DPoP"), "POST", fx.base + "/mcp").getStringClaim("nonce"));
        assertFalse(a.challenged(401, challenge, "POST", fx.mcp()), "the same nonce again cannot help");
        assertEquals(1, fx.posts("/token").size(), "a nonce challenge never triggers a new authorization");
    }

    @Test
    void withoutServerSupportTokensStayBearer() throws Exception {
        fx.standard(null);
        OAuthClientAuthorizer a = authorizer();
        Map<String, String> h = fx.authorizeOnce(a, null);
        assertEquals("Bearer tok-1", h.get("Authorization"));
        assertFalse(h.containsKey("DPoP"));
        assertNull(fx.posts("/token").get(0).getHeader("DPoP"));
    }
}
