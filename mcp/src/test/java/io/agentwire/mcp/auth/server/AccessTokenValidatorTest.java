package io.agentwire.mcp.auth.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.agentwire.mcp.auth.server.AuthFixtures.RESOURCE;
import static io.agentwire.mcp.auth.server.AuthFixtures.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

class AccessTokenValidatorTest {
    private final AuthFixtures auth = new AuthFixtures();
    private final AccessTokenValidator validator = new AccessTokenValidator(auth.config());

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void acceptsAnRsaTokenAndExtractsThePrincipal() throws Exception {
        Date exp = new Date((System.currentTimeMillis() / 1000 + 300) * 1000);
        AccessTokenPrincipal principal = validator.validate(sign(auth.key,
                auth.claims().claim("scope", "mcp  files:read").expirationTime(exp).build()));
        assertEquals("user-1", principal.subject());
        assertEquals("client-1", principal.clientId());
        assertEquals(auth.issuer().toString(), principal.issuer());
        assertEquals(Set.of("mcp", "files:read"), principal.scopes());
        assertEquals(exp.toInstant(), principal.expiresAt());
        assertThrows(UnsupportedOperationException.class, () -> principal.scopes().add("admin"));
    }

    @Test
    void acceptsAnEcTokenWithScpArrayAndAzp() throws Exception {
        JWTClaimsSet claims = auth.claims().claim("scope", null).claim("client_id", null)
                .claim("scp", List.of("mcp", "admin")).claim("azp", "client-2").build();
        AccessTokenPrincipal principal = validator.validate(sign(auth.ec, claims));
        assertEquals(Set.of("mcp", "admin"), principal.scopes());
        assertEquals("client-2", principal.clientId());
    }

    @Test
    void acceptsPlainJwtTypeNoTypeAndAnAudienceListContainingThisServer() throws Exception {
        JWTClaimsSet claims = auth.claims().audience(List.of("https://other.example", RESOURCE.toString())).build();
        validator.validate(sign(auth.key, JWSAlgorithm.RS256, JOSEObjectType.JWT, claims));
        validator.validate(sign(auth.key, JWSAlgorithm.RS256, null, claims));
        validator.validate(sign(auth.key, JWSAlgorithm.PS256, new JOSEObjectType("application/at+jwt"), claims));
    }

    @Test
    void keySetIsFetchedOnceForManyValidations() throws Exception {
        for (int i = 0; i < 25; i++) {
            validator.validate(auth.validToken("mcp"));
            validator.validate(sign(auth.ec, auth.claims().build()));
        }
        assertEquals(1, auth.requests(AuthFixtures.JWKS_PATH));
    }

    @Test
    void expiryAndNotBeforeHonourTheClockSkew() throws Exception {
        long now = System.currentTimeMillis();
        validator.validate(sign(auth.key, auth.claims().expirationTime(new Date(now - 20_000)).build()));
        validator.validate(sign(auth.key, auth.claims().notBeforeTime(new Date(now + 20_000)).build()));
        assertRejected(TokenRejection.EXPIRED, sign(auth.key, auth.claims().expirationTime(new Date(now - 120_000)).build()));
        assertRejected(TokenRejection.NOT_YET_VALID, sign(auth.key, auth.claims().notBeforeTime(new Date(now + 120_000)).build()));
        assertRejected(TokenRejection.MISSING_CLAIM, sign(auth.key, auth.claims().expirationTime(null).build()));
    }

    @Test
    void audienceMustNameThisServerVerbatim() {
        assertRejected(TokenRejection.WRONG_AUDIENCE, sign(auth.key, auth.claims().audience("http://127.0.0.1:9999/other").build()));
        assertRejected(TokenRejection.WRONG_AUDIENCE, sign(auth.key, auth.claims().audience(RESOURCE + "/").build()));
        assertRejected(TokenRejection.WRONG_AUDIENCE, sign(auth.key, auth.claims().audience((String) null).build()));
    }

    @Test
    void untrustedIssuerIsRefusedWithoutFetchingAnyKeys() {
        assertRejected(TokenRejection.WRONG_ISSUER, sign(auth.key, auth.claims().issuer("https://issuer.invalid").build()));
        assertRejected(TokenRejection.WRONG_ISSUER, sign(auth.key, auth.claims().issuer(null).build()));
        assertEquals(0, auth.requests(AuthFixtures.JWKS_PATH));
    }

    @Test
    void tokenSignedByAnotherKeyWithTheSameKidIsForged() {
        assertRejected(TokenRejection.BAD_SIGNATURE, sign(auth.forger, auth.claims().build()));
    }

    @Test
    void unknownKidRefetchesOnceThenRejectsAndFurtherUnknownKidsAreRateLimited() throws Exception {
        validator.validate(auth.validToken("mcp"));
        assertEquals(1, auth.requests(AuthFixtures.JWKS_PATH));
        String stranger = sign(AuthFixtures.generateRsa("nobody"), auth.claims().build());
        assertRejected(TokenRejection.UNKNOWN_KEY, stranger);
        assertEquals(2, auth.requests(AuthFixtures.JWKS_PATH), "one refetch for the unknown kid");
        for (int i = 0; i < 10; i++) {
            assertRejected(TokenRejection.UNKNOWN_KEY, stranger);
        }
        assertEquals(2, auth.requests(AuthFixtures.JWKS_PATH), "a flood of unknown kids does not hammer the JWKS host");
        validator.validate(auth.validToken("mcp")); // known keys still work from the cache
    }

    @Test
    void rotatedKeyIsPickedUpByOneRefetch() throws Exception {
        validator.validate(auth.validToken("mcp"));
        auth.publishJwks(AuthFixtures.JWKS_PATH, auth.key, auth.rotated);
        AccessTokenPrincipal principal = validator.validate(sign(auth.rotated, auth.claims().build()));
        assertEquals("user-1", principal.subject());
        assertEquals(2, auth.requests(AuthFixtures.JWKS_PATH));
    }

    @Test
    void malformedAndUnsignedTokensAreRefused() throws Exception {
        assertRejected(TokenRejection.MALFORMED, "not-a-jwt");
        assertRejected(TokenRejection.MALFORMED, "e30.e30.c2ln");
        assertRejected(TokenRejection.UNSUPPORTED_ALGORITHM, new PlainJWT(auth.claims().build()).serialize());
        assertRejected(TokenRejection.MISSING, " ");
        assertEquals(0, auth.requests(AuthFixtures.JWKS_PATH));
    }

    @Test
    void algorithmConfusionIsRefused() throws Exception {
        // an attacker who uses the public key bytes as an HMAC secret must not get a valid token
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(auth.key.getKeyID()).build(), auth.claims().build());
        hmac.sign(new MACSigner(auth.key.toPublicJWK().toRSAPublicKey().getEncoded()));
        assertRejected(TokenRejection.UNSUPPORTED_ALGORITHM, hmac.serialize());
    }

    @Test
    void onlyConfiguredAlgorithmsAreAccepted() throws Exception {
        AccessTokenValidator rsaOnly = new AccessTokenValidator(auth.configBuilder().algorithms(JWSAlgorithm.RS256).build());
        rsaOnly.validate(auth.validToken("mcp"));
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> rsaOnly.validate(sign(auth.ec, auth.claims().build())));
        assertEquals(TokenRejection.UNSUPPORTED_ALGORITHM, e.reason());
    }

    @Test
    void tokensOfOtherTypesAreRefused() {
        assertRejected(TokenRejection.WRONG_TYPE, sign(auth.key, JWSAlgorithm.RS256, new JOSEObjectType("logout+jwt"), auth.claims().build()));
    }

    @Test
    void unreachableKeyHostIsAQuickRefusal() {
        String token = auth.validToken("mcp");
        auth.close();
        for (int i = 0; i < 4; i++) { // also once nimbus rate-limits the refetches: still "unavailable", not "unknown key"
            long start = System.nanoTime();
            InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> validator.validate(token));
            assertEquals(TokenRejection.KEYS_UNAVAILABLE, e.reason(), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "bounded by the HTTP timeouts");
            assertFalse(e.getMessage().contains(token));
        }
    }

    @Test
    void cachedKeysOutliveAnOutageOfTheKeyHost() throws Exception {
        validator.validate(auth.validToken("mcp"));
        auth.close();
        for (int i = 0; i < 3; i++) {
            validator.validate(auth.validToken("mcp"));
        }
        assertRejected(TokenRejection.KEYS_UNAVAILABLE, sign(AuthFixtures.generateRsa("new"), auth.claims().build()));
        assertRejected(TokenRejection.UNKNOWN_KEY, sign(AuthFixtures.generateRsa("new"), auth.claims().build()));
    }

    @Test
    void slowKeyHostTimesOut() {
        auth.server.stubFor(get(urlEqualTo(AuthFixtures.JWKS_PATH)).willReturn(aResponse().withFixedDelay(8_000).withBody("{\"keys\":[]}")));
        long start = System.nanoTime();
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> validator.validate(auth.validToken("mcp")));
        assertEquals(TokenRejection.KEYS_UNAVAILABLE, e.reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 6_000, "the read timeout cut the 8 s stall short");
    }

    @Test
    void brokenKeySetIsUnavailableNotAVerdictOnTheToken() {
        auth.server.stubFor(get(urlEqualTo(AuthFixtures.JWKS_PATH)).willReturn(aResponse().withStatus(500).withBody("oops")));
        assertRejected(TokenRejection.KEYS_UNAVAILABLE, auth.validToken("mcp"));
    }

    @Test
    void eachIssuerIsCheckedOnlyAgainstItsOwnKeys() throws Exception {
        URI other = URI.create(auth.base() + "/tenant-b");
        auth.publishJwks("/tenant-b/jwks", auth.rotated);
        AccessTokenValidator both = new AccessTokenValidator(auth.configBuilder()
                .authorizationServer(other, URI.create(other + "/jwks")).build());
        both.validate(auth.validToken("mcp"));
        both.validate(sign(auth.rotated, auth.claims().issuer(other.toString()).build()));
        // issuer B's name on a token signed with issuer A's key: A's key is not in B's set
        InvalidTokenException e = assertThrows(InvalidTokenException.class,
                () -> both.validate(sign(auth.key, auth.claims().issuer(other.toString()).build())));
        assertEquals(TokenRejection.UNKNOWN_KEY, e.reason());
    }

    @Test
    void rejectionMessagesNeverContainTheToken() {
        for (String token : List.of(sign(auth.forger, auth.claims().build()),
                sign(auth.key, auth.claims().audience("https://elsewhere").build()),
                sign(auth.key, auth.claims().expirationTime(new Date(0)).build()))) {
            InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> validator.validate(token));
            String signature = token.substring(token.lastIndexOf('.') + 1);
            assertFalse(e.getMessage().contains(signature), e.getMessage());
            assertFalse(e.getMessage().contains(token.substring(0, token.indexOf('.'))), e.getMessage());
        }
    }

    private void assertRejected(TokenRejection expected, String token) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> validator.validate(token));
        assertEquals(expected, e.reason(), e.getMessage());
    }
}
