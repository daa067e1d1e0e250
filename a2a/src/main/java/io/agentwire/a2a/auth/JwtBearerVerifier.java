package io.agentwire.a2a.auth;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer access tokens that are JWTs (RFC 9068 style), for the card's HTTP bearer, OAuth 2 and OpenID Connect
 * schemes: the signature is checked against the issuer's JWKS, fetched once and cached by nimbus (refreshed when an
 * unknown {@code kid} appears, with timeouts and a size limit on the fetch); then issuer, audience, expiry and
 * not-before (with a small clock skew). The caller is the token's {@code sub}; its scopes come from {@code scope}
 * (space-separated) or {@code scp} (a list).
 */
public final class JwtBearerVerifier implements SchemeVerifier {
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    private JwtBearerVerifier(JWKSource<SecurityContext> keys, String issuer, String audience, Duration clockSkew) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ASYMMETRIC, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp"));
        claims.setMaxClockSkew((int) clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /**
     * Tokens from {@code issuer} for {@code audience}, signed with keys published at {@code jwksUrl}.
     * The key set is fetched with 2 s timeouts, at most 512 KiB, and cached for 5 minutes.
     */
    public static JwtBearerVerifier remote(URL jwksUrl, String issuer, String audience) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder
                .create(jwksUrl, new DefaultResourceRetriever(2_000, 2_000, 512 * 1024))
                .cache(Duration.ofMinutes(5).toMillis(), Duration.ofSeconds(5).toMillis())
                .rateLimited(Duration.ofSeconds(10).toMillis())
                .retrying(true)
                .build();
        return new JwtBearerVerifier(keys, issuer, audience, Duration.ofSeconds(60));
    }

    /**
     * Tokens from the authorization server described at {@code metadataUrl}: the card's {@code openIdConnectUrl}
     * (OpenID Connect discovery) or {@code oauth2MetadataUrl} (RFC 8414). The document is read once, now, for its
     * {@code issuer} and {@code jwks_uri}; both must be present.
     */
    public static JwtBearerVerifier discover(URL metadataUrl, String audience) {
        JsonNode metadata;
        try {
            String body = new DefaultResourceRetriever(2_000, 2_000, 256 * 1024).retrieveResource(metadataUrl).getContent();
            metadata = JSON.readTree(body);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read authorization server metadata at " + metadataUrl + ": "
                    + e.getMessage(), e);
        }
        String issuer = metadata.path("issuer").asString("");
        String jwksUri = metadata.path("jwks_uri").asString("");
        if (issuer.isEmpty() || jwksUri.isEmpty()) {
            throw new IllegalStateException("The metadata at " + metadataUrl + " lacks issuer or jwks_uri");
        }
        try {
            return remote(URI.create(jwksUri).toURL(), issuer, audience);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Bad jwks_uri " + jwksUri + " at " + metadataUrl, e);
        }
    }

    /** Tokens verified against a fixed key set (keys distributed out of band, and tests). */
    public static JwtBearerVerifier local(JWKSet keys, String issuer, String audience) {
        return new JwtBearerVerifier(new ImmutableJWKSet<>(keys), issuer, audience, Duration.ofSeconds(60));
    }

    @Override
    public AuthenticatedCaller verify(RequestCredentials credentials) {
        String token = bearerToken(credentials.header("Authorization"));
        if (token == null) {
            return null;
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new A2aException(A2aError.UNAUTHENTICATED, "Invalid bearer token: " + e.getMessage());
        }
        return new AuthenticatedCaller(claims.getSubject(), scopes(claims));
    }

    /** The token of an {@code Authorization: Bearer ...} header, or null for any other or no header. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() < 8
                || !authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
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
            list.stream().filter(Objects::nonNull).map(Object::toString).forEach(scopes::add);
        }
        return scopes;
    }
}
