package io.agentwire.a2a.push;

import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;

/**
 * The public JSON Web Key Set that webhook receivers verify push JWTs against. A2A defines no standard location
 * for it; the server serves {@link #json()} at a path of its choosing (and tells clients where, e.g. in its
 * documentation). To rotate keys, keep the retiring key in the set until JWTs it signed have expired.
 */
public final class PushJwks {
    private final String json;

    private PushJwks(List<? extends JWK> keys) {
        List<JWK> checked = new ArrayList<>();
        for (JWK key : keys) {
            if (key instanceof OctetSequenceKey) {
                throw new IllegalArgumentException("a JWKS must not publish a symmetric key");
            }
            if (key.getKeyID() == null || key.getKeyID().isBlank()) {
                throw new IllegalArgumentException("every key in the push JWKS needs a kid");
            }
            checked.add(key);
        }
        // toPublicJWKSet drops private parts even if a caller passed full keys.
        this.json = new JWKSet(checked).toPublicJWKSet().toString();
    }

    /** The public keys of these signers. */
    public static PushJwks of(PushJwtSigner... signers) {
        List<JWK> keys = new ArrayList<>();
        for (PushJwtSigner signer : signers) {
            keys.add(signer.publicKey());
        }
        return new PushJwks(keys);
    }

    /** These keys (private parts are stripped), e.g. the current key plus retiring ones. */
    public static PushJwks ofKeys(List<? extends JWK> keys) {
        return new PushJwks(keys);
    }

    /** The JWKS document ({@code {"keys":[...]}}), public parts only, to serve as {@code application/json}. */
    public String json() {
        return json;
    }
}
