package io.agentwire.a2a.card.sign;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyType;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentCardSignature;
import java.net.URI;
import java.util.Objects;

/**
 * Signs Agent Cards (specification section 8.4.2): a JWS over the canonical payload with {@code alg}, {@code typ:
 * JOSE} and {@code kid} (and optionally {@code jku}) in the protected header, stored flattened with the payload
 * detached. Signing again with another key adds a signature, which is how keys rotate.
 */
public final class AgentCardSigner {
    private final JWK key;
    private final JWSAlgorithm algorithm;
    private final URI jku;

    /**
     * @param key a private EC (ES256/384/512 by curve) or RSA (RS256) key with a {@code kid}
     * @param jku where verifiers may fetch the public key set, or {@code null}
     */
    public AgentCardSigner(JWK key, URI jku) {
        this.key = Objects.requireNonNull(key, "key");
        if (key.getKeyID() == null || key.getKeyID().isEmpty()) {
            throw new IllegalArgumentException("Agent Card signing keys need a kid");
        }
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("Signing needs the private key");
        }
        this.algorithm = algorithmFor(key);
        this.jku = jku;
    }

    static JWSAlgorithm algorithmFor(JWK key) {
        if (KeyType.EC.equals(key.getKeyType())) {
            return JWSAlgorithm.Family.EC.stream().filter(a -> ((ECKey) key).getCurve().equals(
                    com.nimbusds.jose.jwk.Curve.forJWSAlgorithm(a).iterator().next())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unsupported curve " + ((ECKey) key).getCurve()));
        }
        if (KeyType.RSA.equals(key.getKeyType())) {
            return JWSAlgorithm.RS256;
        }
        throw new IllegalArgumentException("Agent Cards are signed with EC or RSA keys, not " + key.getKeyType());
    }

    /** The card with one more signature. */
    public AgentCard sign(AgentCard card) {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JOSE).keyID(key.getKeyID());
        if (jku != null) {
            header.jwkURL(jku);
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(AgentCardCanonicalizer.payload(card)));
        try {
            JWSSigner signer = new DefaultJWSSignerFactory().createJWSSigner(key, algorithm);
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the Agent Card with key " + key.getKeyID(), e);
        }
        String[] parts = jws.serialize(true).split("\\.", -1); // detached: "protected..signature"
        return card.toBuilder().addSignatures(AgentCardSignature.newBuilder().setProtected(parts[0]).setSignature(parts[2])).build();
    }
}
