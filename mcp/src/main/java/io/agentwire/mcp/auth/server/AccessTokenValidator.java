package io.agentwire.mcp.auth.server;

import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Validates JWT access tokens: signature against the issuer's JWKS (fetched with timeouts, cached, refreshed when an
 * unknown key id appears), issuer, expiry with clock skew, and an audience that must name this very server, so a
 * token issued for another resource is never accepted (no token passthrough).
 */
public final class AccessTokenValidator {
    private static final int HTTP_TIMEOUT_MILLIS = 2_000;
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public AccessTokenValidator(ResourceServerConfig config) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(config.jwksUri().toURL(),
                            new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT))
                    .retrying(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("JWKS URI is not a URL: " + config.jwksUri(), e);
        }
        Set<JWSAlgorithm> algorithms = new HashSet<>(List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
                JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.EdDSA));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        processor.setJWSTypeVerifier((type, context) -> {
            // plain JWTs and RFC 9068 "at+jwt" access tokens; anything else (an ID token, say) is not an access token
            if (type != null && !type.toString().equalsIgnoreCase("JWT") && !type.toString().equalsIgnoreCase("at+jwt")) {
                throw new BadJOSEException("Unexpected token type " + type);
            }
        });
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                config.resource().toString(),
                new JWTClaimsSet.Builder().issuer(config.issuer().toString()).build(),
                Set.of("exp", "iss"));
        claims.setMaxClockSkew((int) config.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    public AccessTokenPrincipal validate(String token) throws InvalidTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("malformed token", e);
        } catch (BadJWTException e) {
            throw new InvalidTokenException("claims rejected: " + e.getMessage(), e);
        } catch (RemoteKeySourceException e) {
            throw new InvalidTokenException("signing keys unavailable: " + e.getMessage(), e);
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("signature or key rejected: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new InvalidTokenException("token could not be verified: " + e.getMessage(), e);
        }
        return new AccessTokenPrincipal(claims.getSubject(), stringClaim(claims, "client_id"), scopes(claims));
    }

    private static Set<String> scopes(JWTClaimsSet claims) {
        Set<String> scopes = new HashSet<>();
        Object scope = claims.getClaim("scope");
        if (scope instanceof String text) {
            for (String s : text.trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    scopes.add(s);
                }
            }
        }
        Object scp = claims.getClaim("scp");
        if (scp instanceof List<?> list) {
            list.forEach(s -> scopes.add(String.valueOf(s)));
        }
        return scopes;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }
}
