package io.agentwire.mcp.auth.server;

import java.text.ParseException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Validates JWT access tokens (RFC 9068 profile, {@code typ} optional): the header is screened first (signed, an
 * accepted algorithm, an access-token type), then the unverified {@code iss} picks the trusted issuer, so keys are
 * only ever fetched from issuers this server trusts and one issuer's keys never verify another's tokens. The signature
 * is then verified against that issuer's cached JWKS, and the claims are checked by {@link AccessTokenClaimsVerifier}.
 * Thread-safe; build one per configuration and share it.
 */
public final class AccessTokenValidator {
    /** Plain JWT, RFC 9068 access-token types, and no type at all. */
    private static final Set<JOSEObjectType> ACCEPTED_TYPES = Set.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"),
            new JOSEObjectType("application/at+jwt"));

    private final ResourceServerConfig config;
    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new LinkedHashMap<>();

    public AccessTokenValidator(ResourceServerConfig config) {
        this(config, Clock.systemUTC());
    }

    /** With an explicit clock, for tests of time-dependent claims. */
    public AccessTokenValidator(ResourceServerConfig config, Clock clock) {
        this.config = config;
        ResourceServerConfig.JwksPolicy policy = config.jwks();
        ResourceRetriever retriever = new DefaultResourceRetriever((int) policy.connectTimeout().toMillis(),
                (int) policy.readTimeout().toMillis(), policy.sizeLimitBytes());
        for (TrustedIssuer issuer : config.issuers()) {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(typesWithNull()));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(config.algorithms(),
                    new IssuerKeySource(issuer, policy, retriever)));
            processor.setJWTClaimsSetVerifier(new AccessTokenClaimsVerifier(issuer.issuer().toString(),
                    config.resource().toString(), config.clockSkew(), clock));
            processors.put(issuer.issuer().toString(), processor);
        }
    }

    private static Set<JOSEObjectType> typesWithNull() {
        Set<JOSEObjectType> types = new HashSet<>(ACCEPTED_TYPES);
        types.add(null);
        return types;
    }

    /**
     * Validates {@code token} (the bare credential, without {@code Bearer }).
     *
     * @throws InvalidTokenException with the specific {@link TokenRejection}; its message never contains the token
     */
    public AccessTokenPrincipal validate(String token) throws InvalidTokenException {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException(TokenRejection.MISSING, "no token");
        }
        SignedJWT jwt = screen(token);
        DefaultJWTProcessor<SecurityContext> processor = processorFor(jwt);
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (AccessTokenClaimsVerifier.ClaimRejectedException e) {
            throw new InvalidTokenException(e.reason(), e.getMessage());
        } catch (BadJWSException e) {
            throw new InvalidTokenException(TokenRejection.BAD_SIGNATURE, e.getMessage());
        } catch (BadJOSEException e) {
            // algorithm and type were screened, so an empty key selection means no key has this id, even after the
            // refetch the key source does for unknown ids
            throw new InvalidTokenException(TokenRejection.UNKNOWN_KEY, e.getMessage() + " (kid " + jwt.getHeader().getKeyID() + ")");
        } catch (KeySourceException e) {
            throw new InvalidTokenException(TokenRejection.KEYS_UNAVAILABLE, describe(e), e);
        } catch (JOSEException e) {
            throw new InvalidTokenException(TokenRejection.BAD_SIGNATURE, "signature could not be verified: " + e.getMessage());
        }
        return principal(claims);
    }

    /** Rejects what is not a signed JWT with an accepted algorithm and type, before any key is looked up. */
    private SignedJWT screen(String token) throws InvalidTokenException {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token.trim());
        } catch (ParseException e) {
            throw new InvalidTokenException(TokenRejection.MALFORMED, "not a JWT: " + e.getMessage());
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            throw new InvalidTokenException(TokenRejection.UNSUPPORTED_ALGORITHM, "not a signed JWT (alg " + parsed.getHeader().getAlgorithm() + ")");
        }
        JWSHeader header = jwt.getHeader();
        if (!config.algorithms().contains(header.getAlgorithm())) {
            throw new InvalidTokenException(TokenRejection.UNSUPPORTED_ALGORITHM, "alg " + header.getAlgorithm() + " not accepted");
        }
        if (header.getType() != null && !ACCEPTED_TYPES.contains(header.getType())) {
            throw new InvalidTokenException(TokenRejection.WRONG_TYPE, "typ " + header.getType());
        }
        return jwt;
    }

    private DefaultJWTProcessor<SecurityContext> processorFor(SignedJWT jwt) throws InvalidTokenException {
        String issuer;
        try {
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidTokenException(TokenRejection.MALFORMED, "claims are not a JSON object: " + e.getMessage());
        }
        DefaultJWTProcessor<SecurityContext> processor = issuer == null ? null : processors.get(issuer);
        if (processor == null) {
            throw new InvalidTokenException(TokenRejection.WRONG_ISSUER, "iss " + issuer + " is not a trusted issuer");
        }
        return processor;
    }

    private static String describe(KeySourceException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static AccessTokenPrincipal principal(JWTClaimsSet claims) {
        String clientId = stringClaim(claims, "client_id");
        return new AccessTokenPrincipal(claims.getSubject(), clientId != null ? clientId : stringClaim(claims, "azp"),
                claims.getIssuer(), scopes(claims), claims.getExpirationTime().toInstant());
    }

    /** {@code scope} is a space-separated string (RFC 9068); some servers send {@code scp} as an array or a string. */
    private static Set<String> scopes(JWTClaimsSet claims) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String name : List.of("scope", "scp")) {
            Object value = claims.getClaim(name);
            if (value instanceof String text) {
                for (String s : text.trim().split("\\s+")) {
                    if (!s.isEmpty()) {
                        scopes.add(s);
                    }
                }
            } else if (value instanceof List<?> list) {
                for (Object s : list) {
                    if (s instanceof String text && !text.isEmpty()) {
                        scopes.add(text);
                    }
                }
            }
        }
        return scopes;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }
}
