package io.agentwire.a2a.push;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs each push notification request with a short-lived ES256 JWT, following the non-normative JWT + JWKS flow in
 * the A2A "Streaming and Asynchronous Operations" guide, so a webhook can tell that a notification comes from this
 * agent and was not altered.
 *
 * <p>Header: {@code alg=ES256}, {@code typ=JWT}, {@code kid} of the signing key. Claims:
 * <ul>
 *   <li>{@code iss}: the issuer given to this signer (typically the agent's base URL);</li>
 *   <li>{@code aud}: the webhook URL, exactly as registered in the push config;</li>
 *   <li>{@code iat}, {@code exp}: {@code exp} is {@link Builder#lifetime} (default 60 s) after {@code iat};</li>
 *   <li>{@code jti}: a fresh UUID per request;</li>
 *   <li>{@code taskId}: the task the notification is about;</li>
 *   <li>{@value #BODY_HASH_CLAIM}: base64url (no padding) of the SHA-256 of the exact request body bytes. The
 *       guide's claims do not cover the body, so without this a captured JWT could be replayed with another
 *       payload for the same task within its lifetime.</li>
 * </ul>
 *
 * <p>A fresh JWT is minted for every HTTP attempt, retries included: a retry after backoff must not carry an
 * already expired token. Receivers therefore see a new {@code jti} per attempt and must deduplicate notifications
 * by their content (delivery is at least once anyway), using {@code jti} only against replays of one request.
 *
 * <p>A receiver verifies the signature against the agent's JWKS ({@link PushJwks}) by {@code kid}, checks
 * {@code iss}, that {@code aud} is its own webhook URL, {@code exp}/{@code iat} (allowing a little clock skew),
 * that {@code taskId} is a task it expects and matches the payload, and that {@value #BODY_HASH_CLAIM} matches the
 * body it received. Thread-safe.
 */
public final class PushJwtSigner {
    /** The claim carrying base64url(SHA-256(body)). */
    public static final String BODY_HASH_CLAIM = "request_body_sha256";
    /** The claim carrying the task id, as named in the A2A guide. */
    public static final String TASK_ID_CLAIM = "taskId";

    private final ECKey key;
    private final ECDSASigner signer;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    private PushJwtSigner(Builder b) {
        this.key = b.key;
        this.issuer = b.issuer;
        this.lifetime = b.lifetime;
        this.clock = b.clock;
        try {
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable EC signing key: " + e.getMessage(), e);
        }
    }

    /** A signer with a freshly generated P-256 key (random {@code kid}) and the default lifetime. */
    public static PushJwtSigner generate(String issuer) {
        return builder(generateKey(), issuer).build();
    }

    /** A new P-256 signing key with a random {@code kid}, {@code use=sig} and {@code alg=ES256}, e.g. to persist. */
    public static ECKey generateKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    /**
     * @param key    a P-256 key with its private part and a {@code kid}
     * @param issuer the {@code iss} claim
     */
    public static Builder builder(ECKey key, String issuer) {
        return new Builder(key, issuer);
    }

    /**
     * Signs one request.
     *
     * @param audience the webhook URL as registered
     * @param taskId   the task the notification is about
     * @param body     the exact request body bytes
     */
    public String sign(String audience, String taskId, byte[] body) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(TASK_ID_CLAIM, taskId)
                .claim(BODY_HASH_CLAIM, bodyHash(body))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(key.getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the push notification JWT", e);
        }
        return jwt.serialize();
    }

    /** base64url without padding of SHA-256({@code body}): what {@value #BODY_HASH_CLAIM} holds. */
    public static String bodyHash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public half of the signing key, for {@link PushJwks}. */
    public ECKey publicKey() {
        return key.toPublicJWK();
    }

    public String issuer() {
        return issuer;
    }

    /** Builds a {@link PushJwtSigner}. */
    public static final class Builder {
        private final ECKey key;
        private final String issuer;
        private Duration lifetime = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();

        private Builder(ECKey key, String issuer) {
            Objects.requireNonNull(key, "key");
            if (!Curve.P_256.equals(key.getCurve())) {
                throw new IllegalArgumentException("push JWTs are signed with ES256, which needs a P-256 key");
            }
            if (!key.isPrivate()) {
                throw new IllegalArgumentException("the signing key has no private part");
            }
            if (key.getKeyID() == null || key.getKeyID().isBlank()) {
                throw new IllegalArgumentException(
                        "the signing key needs a kid, so receivers can pick it from the JWKS");
            }
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalArgumentException("issuer is required");
            }
            this.key = key;
            this.issuer = issuer;
        }

        /** How long each JWT is valid; short, because it is minted per request. Default 60 s. */
        public Builder lifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("lifetime must be positive");
            }
            this.lifetime = lifetime;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public PushJwtSigner build() {
            return new PushJwtSigner(this);
        }
    }
}
