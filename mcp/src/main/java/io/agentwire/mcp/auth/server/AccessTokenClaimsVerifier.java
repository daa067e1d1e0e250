package io.agentwire.mcp.auth.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;

/**
 * The claim checks for one issuer's access tokens, each failing with its own {@link TokenRejection}: {@code iss} equal
 * to the issuer, {@code aud} containing this server's canonical URI verbatim (the audience binding that rules out
 * accepting, and so passing through, tokens issued for other resources), {@code exp} present and not passed, and
 * {@code nbf} not in the future, both with clock skew. Runs only after the signature has verified.
 */
final class AccessTokenClaimsVerifier implements JWTClaimsSetVerifier<SecurityContext> {
    /** A claim check failed; carries the reason through nimbus's processor. */
    static final class ClaimRejectedException extends BadJWTException {
        private static final long serialVersionUID = 1L;
        private final transient TokenRejection reason;

        ClaimRejectedException(TokenRejection reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        TokenRejection reason() {
            return reason;
        }
    }

    private final String issuer;
    private final String audience;
    private final Duration skew;
    private final Clock clock;

    AccessTokenClaimsVerifier(String issuer, String audience, Duration skew, Clock clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.skew = skew;
        this.clock = clock;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        if (!issuer.equals(claims.getIssuer())) {
            throw new ClaimRejectedException(TokenRejection.WRONG_ISSUER, "iss " + claims.getIssuer() + " is not " + issuer);
        }
        List<String> audiences = claims.getAudience();
        if (!audiences.contains(audience)) {
            throw new ClaimRejectedException(TokenRejection.WRONG_AUDIENCE, "aud " + audiences + " does not contain " + audience);
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new ClaimRejectedException(TokenRejection.MISSING_CLAIM, "no exp claim");
        }
        if (now.isAfter(exp.toInstant().plus(skew))) {
            throw new ClaimRejectedException(TokenRejection.EXPIRED, "expired at " + exp.toInstant() + ", now " + now);
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.plus(skew).isBefore(nbf.toInstant())) {
            throw new ClaimRejectedException(TokenRejection.NOT_YET_VALID, "not before " + nbf.toInstant() + ", now " + now);
        }
    }
}
