package io.agentwire.a2a.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.agentwire.a2a.push.PushFixtures.CREDENTIALS;
import static io.agentwire.a2a.push.PushFixtures.TASK_ID;
import static io.agentwire.a2a.push.PushFixtures.bareConfig;
import static io.agentwire.a2a.push.PushFixtures.config;
import static io.agentwire.a2a.push.PushFixtures.sender;
import static io.agentwire.a2a.push.PushFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/** A webhook receiver verifying the signed JWT the way the A2A guide describes, with the agent's published JWKS. */
class PushJwtTest {
    private static final String ISSUER = "https://agent.example/";

    private WebhookReceiver webhook;
    private ECKey key;
    private PushJwtSigner signer;
    private PushNotificationSender sender;

    @BeforeEach
    void start() {
        webhook = new WebhookReceiver();
        webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        key = PushJwtSigner.generateKey();
        signer = PushJwtSigner.builder(key, ISSUER).build();
        sender = sender().signer(signer).build();
    }

    @AfterEach
    void stop() {
        sender.close();
        webhook.close();
    }

    @Test
    void theReceiverVerifiesTheJwtAgainstThePublishedJwks() throws Exception {
        String url = webhook.url("/hook");
        Instant before = Instant.now().minusSeconds(1);
        assertTrue(sender.deliver(bareConfig(url), status(1)).get(10, TimeUnit.SECONDS).delivered());

        LoggedRequest request = webhook.arrivals("/hook").get(0);
        String authorization = request.getHeader("Authorization");
        assertTrue(authorization.startsWith("Bearer "), "no authentication of its own: the JWT is the bearer token");
        assertFalse(request.containsHeader("X-A2A-Push-JWT"));

        JWTClaimsSet claims = receiverVerifies(authorization.substring("Bearer ".length()), url, request.getBody());

        assertEquals(ISSUER, claims.getIssuer());
        assertEquals(List.of(url), claims.getAudience());
        assertEquals(TASK_ID, claims.getStringClaim("taskId"));
        assertNotNull(claims.getJWTID());
        Instant iat = claims.getIssueTime().toInstant();
        assertFalse(iat.isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        assertEquals(Duration.ofSeconds(60), Duration.between(iat, claims.getExpirationTime().toInstant()));
        assertEquals(PushJwtSigner.bodyHash(request.getBody()), claims.getStringClaim("request_body_sha256"));
    }

    @Test
    void withItsOwnAuthenticationTheConfigKeepsAuthorizationAndTheJwtMovesToItsOwnHeader() throws Exception {
        String url = webhook.url("/hook");
        assertTrue(sender.deliver(config(url), status(1)).get(10, TimeUnit.SECONDS).delivered());

        LoggedRequest request = webhook.arrivals("/hook").get(0);
        assertEquals("Bearer " + CREDENTIALS, request.getHeader("Authorization"));
        JWTClaimsSet claims = receiverVerifies(request.getHeader("X-A2A-Push-JWT"), url, request.getBody());
        assertEquals(TASK_ID, claims.getStringClaim("taskId"));
    }

    @Test
    void aTamperedBodyNoLongerMatchesTheHash() throws Exception {
        String url = webhook.url("/hook");
        sender.deliver(bareConfig(url), status(1)).get(10, TimeUnit.SECONDS);
        LoggedRequest request = webhook.arrivals("/hook").get(0);
        String jwt = request.getHeader("Authorization").substring("Bearer ".length());

        byte[] tampered = request.getBodyAsString().replace("TASK_STATE_WORKING", "TASK_STATE_COMPLETED")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(Arrays.equals(tampered, request.getBody()));

        AssertionError e = assertThrows(AssertionError.class, () -> receiverVerifies(jwt, url, tampered));
        assertTrue(e.getMessage().contains("body hash"), e.getMessage());
    }

    @Test
    void aTamperedSignatureOrForeignKeyFails() throws Exception {
        String url = webhook.url("/hook");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String jwt = signer.sign(url, TASK_ID, body);
        String[] parts = jwt.split("\\.");
        String forgedClaims = parts[0] + "." + SignedJWT.parse(PushJwtSigner.generate(ISSUER).sign(url, "other-task",
                body)).getParsedParts()[1] + "." + parts[2];
        String foreign = PushJwtSigner.builder(rekeyed(signer.keyId()), ISSUER).build().sign(url, TASK_ID, body);

        assertThrows(BadJOSEException.class, () -> receiverVerifies(forgedClaims, url, body));
        assertThrows(BadJOSEException.class, () -> receiverVerifies(foreign, url, body));
    }

    @Test
    void aJwtForAnotherWebhookOrAnExpiredOneIsRefused() throws Exception {
        String url = webhook.url("/hook");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String otherAudience = signer.sign("https://elsewhere.example/hook", TASK_ID, body);
        PushJwtSigner past = PushJwtSigner.builder(key, ISSUER)
                .clock(Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC)).build();
        String expired = past.sign(url, TASK_ID, body);

        assertThrows(BadJOSEException.class, () -> receiverVerifies(otherAudience, url, body));
        assertThrows(BadJOSEException.class, () -> receiverVerifies(expired, url, body));
    }

    @Test
    void everyAttemptGetsAFreshJwt() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/flaky")).inScenario("f")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        webhook.server.stubFor(post(urlEqualTo("/flaky")).inScenario("f").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));

        assertTrue(sender.deliver(bareConfig(webhook.url("/flaky")), status(1)).get(10, TimeUnit.SECONDS).delivered());

        List<LoggedRequest> attempts = webhook.arrivals("/flaky");
        assertEquals(2, attempts.size());
        String first = SignedJWT.parse(attempts.get(0).getHeader("Authorization").substring(7)).getJWTClaimsSet()
                .getJWTID();
        String second = SignedJWT.parse(attempts.get(1).getHeader("Authorization").substring(7)).getJWTClaimsSet()
                .getJWTID();
        assertNotEquals(first, second);
    }

    @Test
    void theJwksPublishesOnlyPublicKeys() throws Exception {
        PushJwtSigner retiring = PushJwtSigner.generate(ISSUER);
        String json = PushJwks.of(signer, retiring).json();

        JWKSet set = JWKSet.parse(json);
        assertEquals(Set.of(signer.keyId(), retiring.keyId()),
                Set.of(set.getKeys().get(0).getKeyID(), set.getKeys().get(1).getKeyID()));
        set.getKeys().forEach(k -> assertFalse(k.isPrivate()));
        assertFalse(json.contains("\"d\""), json);

        assertFalse(PushJwks.ofKeys(List.of(key)).json().contains("\"d\""), "private parts are stripped");
        assertThrows(IllegalArgumentException.class, () -> PushJwks.ofKeys(List.of(
                new com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator(256).keyID("hmac").generate())));
    }

    @Test
    void theSignerInsistsOnAUsableKey() throws Exception {
        ECKey noKid = new ECKeyGenerator(Curve.P_256).generate();
        ECKey p384 = new ECKeyGenerator(Curve.P_384).keyID("k").generate();
        ECKey publicOnly = signer.publicKey();

        assertThrows(IllegalArgumentException.class, () -> PushJwtSigner.builder(noKid, ISSUER));
        assertThrows(IllegalArgumentException.class, () -> PushJwtSigner.builder(p384, ISSUER));
        assertThrows(IllegalArgumentException.class, () -> PushJwtSigner.builder(publicOnly, ISSUER));
        assertThrows(IllegalArgumentException.class, () -> PushJwtSigner.builder(key, " "));
    }

    /**
     * What a webhook does: pick the key by kid from the agent's JWKS, check the signature, typ, iss, aud (its own
     * URL), exp/iat, the presence of jti and taskId, then the body hash.
     */
    private JWTClaimsSet receiverVerifies(String jwt, String ownUrl, byte[] body) throws Exception {
        JWKSet jwks = JWKSet.parse(PushJwks.of(signer).json());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(jwks)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(ownUrl,
                new JWTClaimsSet.Builder().issuer(ISSUER).build(),
                Set.of("iat", "exp", "jti", "taskId", "request_body_sha256")));
        JWTClaimsSet claims = processor.process(jwt, null);

        // Also the low-level path, to be sure the kid really selects the published key.
        SignedJWT parsed = SignedJWT.parse(jwt);
        ECKey published = (ECKey) jwks.getKeyByKeyId(parsed.getHeader().getKeyID());
        assertTrue(parsed.verify(new ECDSAVerifier(published)));

        if (!PushJwtSigner.bodyHash(body).equals(claims.getStringClaim("request_body_sha256"))) {
            throw new AssertionError("body hash does not match the request body");
        }
        return claims;
    }

    private static ECKey rekeyed(String kid) throws Exception {
        return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    }
}
