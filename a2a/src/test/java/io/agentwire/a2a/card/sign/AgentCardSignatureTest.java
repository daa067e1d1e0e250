package io.agentwire.a2a.card.sign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentCardSignature;
import io.agentwire.a2a.model.AgentSkill;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Canonical payloads, the specification's worked example, committed golden vectors, and sign/verify rules. */
class AgentCardSignatureTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String resource(String name) throws IOException {
        try (InputStream in = AgentCardSignatureTest.class.getResourceAsStream("/card-sign/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static AgentCard card() {
        return AgentCard.newBuilder().setName("Signed").setDescription("d").setVersion("1")
                .setCapabilities(AgentCapabilities.newBuilder().setStreaming(true))
                .addSkills(AgentSkill.newBuilder().setId("s").setName("S").setDescription("D").addTags("t")).build();
    }

    @Test
    void theSpecificationsWorkedExample() {
        JsonNode fragment = JSON.readTree("{\"name\":\"Example Agent\",\"description\":\"\",\"capabilities\":"
                + "{\"streaming\":false,\"pushNotifications\":false,\"extensions\":[]},\"skills\":[]}");
        assertEquals("{\"capabilities\":{\"pushNotifications\":false,\"streaming\":false},\"description\":\"\","
                + "\"name\":\"Example Agent\",\"skills\":[]}", new String(AgentCardCanonicalizer.payload(fragment), StandardCharsets.UTF_8));
    }

    @Test
    void defaultsOfPlainFieldsGoAndSignaturesAreNotSigned() {
        JsonNode json = JSON.readTree("{\"name\":\"n\",\"description\":\"d\",\"iconUrl\":\"\",\"provider\":{\"url\":\"\",\"organization\":\"o\"},"
                + "\"skills\":[{\"id\":\"s\",\"name\":\"S\",\"description\":\"D\",\"tags\":[],\"examples\":[]}],"
                + "\"securitySchemes\":{\"k\":{\"apiKeySecurityScheme\":{\"description\":\"\",\"location\":\"header\",\"name\":\"X\"}}},"
                + "\"signatures\":[{\"protected\":\"p\",\"signature\":\"s\"}],\"futureField\":\"\"}");
        assertEquals("{\"description\":\"d\",\"futureField\":\"\",\"iconUrl\":\"\",\"name\":\"n\",\"provider\":{\"organization\":\"o\",\"url\":\"\"},"
                + "\"securitySchemes\":{\"k\":{\"apiKeySecurityScheme\":{\"location\":\"header\",\"name\":\"X\"}}},"
                + "\"skills\":[{\"description\":\"D\",\"id\":\"s\",\"name\":\"S\",\"tags\":[]}]}",
                new String(AgentCardCanonicalizer.payload(json), StandardCharsets.UTF_8));
    }

    @Test
    void goldenVectorsStillCanonicalizeAndVerify() throws Exception {
        JsonNode signed = JSON.readTree(resource("golden-signed-card.json"));
        assertEquals(resource("golden-payload.json"), new String(AgentCardCanonicalizer.payload(signed), StandardCharsets.UTF_8));
        JWKSet keys = JWKSet.parse(resource("golden-keys.jwks.json")).toPublicJWKSet();
        CardVerification verification = new AgentCardVerifier(keys, List.of()).verify(signed);
        assertEquals(2, verification.checks().size());
        verification.checks().forEach(c -> assertEquals(SignatureCheck.Outcome.VERIFIED, c.outcome(), c.detail()));
        // RS256 is deterministic: signing the same card again with the golden RSA key gives the committed bytes.
        AgentCard card = ProtoJson.parse(resource("golden-signed-card.json"), AgentCard.newBuilder()).clearSignatures().build();
        RSAKey rsa = (RSAKey) JWKSet.parse(resource("golden-keys.jwks.json")).getKeyByKeyId("golden-rsa-1");
        assertEquals(signed.path("signatures").get(0).path("signature").asString(),
                new AgentCardSigner(rsa, null).sign(card).getSignatures(0).getSignature());
    }

    @Test
    void protectedHeaderNamesAlgTypeAndKey() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        AgentCardSignature signature = new AgentCardSigner(key, URI.create("https://keys.example/jwks.json")).sign(card()).getSignatures(0);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(signature.getProtected()));
        assertEquals("ES256", header.path("alg").asString());
        assertEquals("JOSE", header.path("typ").asString());
        assertEquals("k1", header.path("kid").asString());
        assertEquals("https://keys.example/jwks.json", header.path("jku").asString());
    }

    @Test
    void rotationTamperingAndUnknownKeys() throws Exception {
        ECKey oldKey = new ECKeyGenerator(Curve.P_256).keyID("old").generate();
        ECKey newKey = new ECKeyGenerator(Curve.P_384).keyID("new").generate();
        AgentCard signed = new AgentCardSigner(newKey, null).sign(new AgentCardSigner(oldKey, null).sign(card()));

        assertTrue(new AgentCardVerifier(new JWKSet(oldKey.toPublicJWK()), List.of()).verify(signed).verified());
        assertTrue(new AgentCardVerifier(new JWKSet(newKey.toPublicJWK()), List.of()).verify(signed).verified());
        CardVerification stranger = new AgentCardVerifier(new JWKSet(), List.of()).verify(signed);
        assertFalse(stranger.verified());
        assertEquals(SignatureCheck.Outcome.UNKNOWN_KEY, stranger.checks().get(0).outcome());

        JWKSet both = new JWKSet(List.of(oldKey.toPublicJWK(), newKey.toPublicJWK()));
        for (AgentCard tampered : List.of(signed.toBuilder().setName("Evil").build(),
                signed.toBuilder().setSkills(0, signed.getSkills(0).toBuilder().setDescription("changed")).build(),
                signed.toBuilder().setCapabilities(signed.getCapabilities().toBuilder().setPushNotifications(false)).build())) {
            CardVerification result = new AgentCardVerifier(both, List.of()).verify(tampered);
            assertFalse(result.verified(), tampered.toString());
            assertEquals(SignatureCheck.Outcome.BAD_SIGNATURE, result.checks().get(0).outcome());
        }
        assertFalse(new AgentCardVerifier(both, List.of()).verify(signed.toBuilder().clearSignatures().build()).verified());
    }

    @Test
    void unsignedAlgorithmsAndExpiredKeysAreRefused() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        AgentCard signed = new AgentCardSigner(key, null).sign(card());
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"kid\":\"k\"}".getBytes(StandardCharsets.UTF_8));
        String hmac = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\",\"kid\":\"k\"}".getBytes(StandardCharsets.UTF_8));
        JWKSet trusted = new JWKSet(key.toPublicJWK());
        for (String header : List.of(none, hmac)) {
            AgentCard forged = signed.toBuilder().setSignatures(0, AgentCardSignature.newBuilder().setProtected(header).setSignature("AAAA")).build();
            CardVerification result = new AgentCardVerifier(trusted, List.of()).verify(forged);
            assertFalse(result.verified());
            assertTrue(result.checks().get(0).outcome() == SignatureCheck.Outcome.UNSUPPORTED_ALGORITHM
                    || result.checks().get(0).outcome() == SignatureCheck.Outcome.MALFORMED, result.checks().toString());
        }
        ECKey expired = new ECKey.Builder(key.toPublicJWK()).expirationTime(new Date(System.currentTimeMillis() - 60_000)).build();
        CardVerification result = new AgentCardVerifier(new JWKSet(expired), List.of()).verify(signed);
        assertEquals(SignatureCheck.Outcome.EXPIRED_KEY, result.checks().get(0).outcome());
    }

    @Test
    void jkuIsFetchedOnlyFromAllowedPrefixes() throws Exception {
        WireMockServer keys = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        keys.start();
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID("remote").generate();
            keys.stubFor(get("/jwks.json").willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withBody(new JWKSet(key.toPublicJWK()).toString())));
            AgentCard signed = new AgentCardSigner(key, URI.create(keys.baseUrl() + "/jwks.json")).sign(card());

            assertTrue(new AgentCardVerifier(new JWKSet(), List.of(keys.baseUrl() + "/")).verify(signed).verified());
            CardVerification refused = new AgentCardVerifier(new JWKSet(), List.of("https://keys.example/")).verify(signed);
            assertEquals(SignatureCheck.Outcome.JKU_REFUSED, refused.checks().get(0).outcome());
        } finally {
            keys.stop();
        }
    }

    @Test
    void verifiesTheCardAsReceivedIncludingUnknownFields() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        ObjectNode json = (ObjectNode) JSON.readTree(ProtoJson.print(new AgentCardSigner(key, null).sign(card())));
        assertTrue(new AgentCardVerifier(new JWKSet(key.toPublicJWK()), List.of()).verify(json).verified());
        json.put("addedLater", "x");
        assertFalse(new AgentCardVerifier(new JWKSet(key.toPublicJWK()), List.of()).verify(json).verified());
    }
}
