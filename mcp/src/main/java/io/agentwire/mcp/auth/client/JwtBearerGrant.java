package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

/**
 * The RFC 7523 JWT bearer grant with a workload identity token (workload identity federation, SEP-1933). Before
 * sending, the assertion is checked for what the client can see itself: it must be a JWT, not expired, and meant for
 * this authorization server. A rejection is surfaced as is: no retry, no other grant type.
 */
final class JwtBearerGrant implements Grant {
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final Supplier<String> assertion;

    JwtBearerGrant(Supplier<String> assertion) {
        this.assertion = assertion;
    }

    @Override
    public Tokens obtain(Request request) throws IOException {
        String jwt = assertion.get();
        checkUsable(jwt, request.as());
        Map<String, String> params = request.baseParams(GRANT_TYPE);
        params.put("assertion", jwt);
        return request.send(params);
    }

    static void checkUsable(String jwt, AuthorizationServerMetadata as) throws OAuthException {
        JWTClaimsSet claims;
        try {
            claims = JWTParser.parse(jwt).getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw OAuthException.refused("invalid_assertion", "the workload assertion is not a JWT");
        }
        Date exp = claims.getExpirationTime();
        if (exp != null && !exp.toInstant().isAfter(Instant.now())) {
            throw OAuthException.refused("assertion_expired", "the workload assertion expired at " + exp.toInstant());
        }
        List<String> audience = claims.getAudience();
        if (!audience.isEmpty() && !audience.contains(as.issuer()) && !audience.contains(as.issuer() + "/")
                && !audience.contains(as.tokenEndpoint().toString())) {
            throw OAuthException.refused("assertion_audience", "the workload assertion is for " + audience
                    + ", not for authorization server " + as.issuer());
        }
    }
}
