package io.agentwire.mcp.auth.client;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs RFC 7523 client assertions ({@code private_key_jwt}) with a PKCS#8 PEM private key: {@code iss} and
 * {@code sub} are the client id, {@code aud} the authorization server, a fresh {@code jti} and a short lifetime.
 */
public final class PrivateKeyJwtSigner {
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final JWSSigner signer;
    private final JWSAlgorithm alg;

    private PrivateKeyJwtSigner(JWSSigner signer, JWSAlgorithm alg) {
        this.signer = signer;
        this.alg = alg;
    }

    /**
     * @param pem a {@code -----BEGIN PRIVATE KEY-----} (PKCS#8) EC or RSA key
     * @param algorithm the JWS algorithm, or null for the key's natural one (ES256/ES384/ES512 by curve, RS256)
     */
    public static PrivateKeyJwtSigner fromPem(String pem, String algorithm) {
        PrivateKey key = parsePkcs8(pem);
        try {
            if (key instanceof ECPrivateKey ec) {
                JWSAlgorithm alg = algorithm != null ? JWSAlgorithm.parse(algorithm) : naturalAlg(ec);
                return new PrivateKeyJwtSigner(new ECDSASigner(ec), alg);
            }
            if (key instanceof RSAPrivateKey rsa) {
                return new PrivateKeyJwtSigner(new RSASSASigner(rsa), algorithm != null ? JWSAlgorithm.parse(algorithm)
                        : JWSAlgorithm.RS256);
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable private key: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("unsupported private key type " + key.getAlgorithm());
    }

    public String algorithm() {
        return alg.getName();
    }

    /** A fresh assertion for one token request. */
    public String assertion(String clientId, String audience) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign client assertion with " + alg, e);
        }
        return jwt.serialize();
    }

    private static JWSAlgorithm naturalAlg(ECPrivateKey key) {
        Curve curve = Curve.forECParameterSpec(key.getParams());
        if (Curve.P_384.equals(curve)) {
            return JWSAlgorithm.ES384;
        }
        if (Curve.P_521.equals(curve)) {
            return JWSAlgorithm.ES512;
        }
        return JWSAlgorithm.ES256;
    }

    static PrivateKey parsePkcs8(String pem) {
        if (pem == null || !pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException("expected a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        String base64 = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27);
        int end = base64.indexOf("-----END");
        if (end >= 0) {
            base64 = base64.substring(0, end);
        }
        byte[] der = Base64.getMimeDecoder().decode(base64.replaceAll("\\s", ""));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String type : new String[] {"EC", "RSA"}) {
            try {
                return KeyFactory.getInstance(type).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not this type: try the next
            }
        }
        throw new IllegalArgumentException("the PEM holds neither an EC nor an RSA private key");
    }
}
