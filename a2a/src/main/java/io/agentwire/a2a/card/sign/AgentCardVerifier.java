package io.agentwire.a2a.card.sign;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.AgentCard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies Agent Card signatures (specification section 8.4.3): rebuilds the canonical payload from the card as
 * received, and checks each signature with the key its {@code kid} names: from the trusted key set, or from its
 * {@code jku} when that URL starts with an allowed prefix (fetched once and cached). Only public-key algorithms are
 * accepted ({@code none} and HMAC never), and a key whose {@code exp} has passed is not used.
 */
public final class AgentCardVerifier {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JWKSet trusted;
    private final List<String> allowedJkuPrefixes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, JWKSet> fetched = new ConcurrentHashMap<>();

    /**
     * @param trusted            keys trusted without fetching (may be empty)
     * @param allowedJkuPrefixes URL prefixes a {@code jku} must start with to be fetched; empty refuses every jku
     */
    public AgentCardVerifier(JWKSet trusted, List<String> allowedJkuPrefixes) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.allowedJkuPrefixes = List.copyOf(allowedJkuPrefixes);
    }

    public CardVerification verify(AgentCard card) {
        return verify(JSON.readTree(ProtoJson.print(card)));
    }

    /** Verifies a card exactly as received, so fields this model does not know are covered too. */
    public CardVerification verify(JsonNode cardJson) {
        byte[] payload = AgentCardCanonicalizer.payload(cardJson);
        List<SignatureCheck> checks = new ArrayList<>();
        for (JsonNode signature : cardJson.path("signatures")) {
            checks.add(check(signature.path("protected").asString(""), signature.path("signature").asString(""), payload));
        }
        return new CardVerification(checks);
    }

    private SignatureCheck check(String protectedHeader, String signature, byte[] payload) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(protectedHeader + ".." + signature, new Payload(payload));
        } catch (ParseException e) {
            return new SignatureCheck("", SignatureCheck.Outcome.MALFORMED, "not a JWS: " + e.getMessage());
        }
        String kid = jws.getHeader().getKeyID() == null ? "" : jws.getHeader().getKeyID();
        JWSAlgorithm alg = jws.getHeader().getAlgorithm();
        if (!JWSAlgorithm.Family.SIGNATURE.contains(alg)) {
            return new SignatureCheck(kid, SignatureCheck.Outcome.UNSUPPORTED_ALGORITHM, alg + " is not a public-key signature");
        }
        JWK key = trusted.getKeyByKeyId(kid);
        if (key == null && jws.getHeader().getJWKURL() != null) {
            URI jku = jws.getHeader().getJWKURL();
            if (allowedJkuPrefixes.stream().noneMatch(prefix -> jku.toString().startsWith(prefix))) {
                return new SignatureCheck(kid, SignatureCheck.Outcome.JKU_REFUSED, "jku " + jku + " is not on the allow-list");
            }
            try {
                key = fetch(jku).getKeyByKeyId(kid);
            } catch (IOException | ParseException e) {
                return new SignatureCheck(kid, SignatureCheck.Outcome.UNKNOWN_KEY, "cannot load " + jku + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SignatureCheck(kid, SignatureCheck.Outcome.UNKNOWN_KEY, "interrupted loading " + jku);
            }
        }
        if (key == null) {
            return new SignatureCheck(kid, SignatureCheck.Outcome.UNKNOWN_KEY, "no key with kid '" + kid + "'");
        }
        if (key.getExpirationTime() != null && key.getExpirationTime().before(new Date())) {
            return new SignatureCheck(kid, SignatureCheck.Outcome.EXPIRED_KEY, "key " + kid + " expired " + key.getExpirationTime());
        }
        try {
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), publicKey(key));
            return jws.verify(verifier)
                    ? new SignatureCheck(kid, SignatureCheck.Outcome.VERIFIED, "signed by " + kid)
                    : new SignatureCheck(kid, SignatureCheck.Outcome.BAD_SIGNATURE, "the signature does not match the card");
        } catch (JOSEException e) {
            return new SignatureCheck(kid, SignatureCheck.Outcome.UNSUPPORTED_ALGORITHM, e.getMessage());
        }
    }

    private static java.security.Key publicKey(JWK key) throws JOSEException {
        if (key instanceof com.nimbusds.jose.jwk.AsymmetricJWK) {
            return ((com.nimbusds.jose.jwk.AsymmetricJWK) key).toPublicKey();
        }
        throw new JOSEException("key " + key.getKeyID() + " is not a public key");
    }

    private JWKSet fetch(URI jku) throws IOException, InterruptedException, ParseException {
        JWKSet cached = fetched.get(jku.toString());
        if (cached != null) {
            return cached;
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(jku).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        JWKSet set = JWKSet.parse(response.body());
        fetched.put(jku.toString(), set);
        return set;
    }
}
