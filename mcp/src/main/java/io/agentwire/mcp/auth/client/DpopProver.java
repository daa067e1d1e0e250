package io.agentwire.mcp.auth.client;

import java.net.URI;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Makes RFC 9449 DPoP proofs with one ES256 key per client instance, and remembers the nonce each server (by origin)
 * last asked for, so every later proof to that server carries it.
 */
public final class DpopProver {
    public static final String ALG = "ES256";

    private final ECKey key;
    private final ECDSASigner signer;
    private final Map<String, String> nonces = new ConcurrentHashMap<>();

    private DpopProver(ECKey key) {
        this.key = key;
        try {
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("unusable DPoP key", e);
        }
    }

    /** A prover with a freshly generated P-256 key. */
    public static DpopProver generate() {
        try {
            return new DpopProver(new ECKeyGenerator(Curve.P_256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    /** The public key, as placed in every proof's {@code jwk} header. */
    public ECKey publicJwk() {
        return key.toPublicJWK();
    }

    /**
     * A fresh proof for one request.
     *
     * @param accessToken the token the request presents (adds {@code ath}), or null at a token endpoint
     */
    public String proof(String httpMethod, URI url, String accessToken) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
                .claim("htm", httpMethod).claim("htu", ResourceUris.withoutQuery(url)).issueTime(new Date());
        if (accessToken != null) {
            claims.claim("ath", Pkce.s256(accessToken));
        }
        nonce(url).ifPresent(n -> claims.claim("nonce", n));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK()).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign DPoP proof", e);
        }
        return jwt.serialize();
    }

    /**
     * Records a nonce a server sent in {@code DPoP-Nonce}.
     *
     * @return whether it differs from the one already held (a retry with the same nonce would fail the same way)
     */
    public boolean rememberNonce(URI url, String nonce) {
        if (nonce == null || nonce.isBlank()) {
            return false;
        }
        String previous = nonces.put(ResourceUris.origin(url), nonce.trim());
        return !nonce.trim().equals(previous);
    }

    Optional<String> nonce(URI url) {
        return Optional.ofNullable(nonces.get(ResourceUris.origin(url)));
    }

    @Override
    public String toString() {
        return "DpopProver[kid=" + key.getKeyID() + "]";
    }
}
