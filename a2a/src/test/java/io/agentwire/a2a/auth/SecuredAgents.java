package io.agentwire.a2a.auth;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.model.APIKeySecurityScheme;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.ClientCredentialsOAuthFlow;
import io.agentwire.a2a.model.MutualTlsSecurityScheme;
import io.agentwire.a2a.model.OAuth2SecurityScheme;
import io.agentwire.a2a.model.OAuthFlows;
import io.agentwire.a2a.model.SecurityRequirement;
import io.agentwire.a2a.model.SecurityScheme;
import io.agentwire.a2a.model.StringList;

/** Cards with security schemes, an agent that answers with its caller's name, and tokens signed by a test issuer. */
final class SecuredAgents {
    static final String ISSUER = "https://issuer.test";
    static final String AUDIENCE = "https://agent.test";
    static final String SEND_SCOPE = "a2a:send";

    private SecuredAgents() {
    }

    static ECKey newKey(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A card that admits an API key in {@code X-API-Key}, or an OAuth token with {@value #SEND_SCOPE}. */
    static AgentCard apiKeyOrOAuthCard(String tokenUrl) {
        return AgentCard.newBuilder().setName("Secured").setDescription("Answers with the caller's name")
                .setVersion("1.0.0")
                .putSecuritySchemes("apiKey", SecurityScheme.newBuilder().setApiKeySecurityScheme(
                        APIKeySecurityScheme.newBuilder().setLocation("header").setName("X-API-Key")).build())
                .putSecuritySchemes("oauth", SecurityScheme.newBuilder().setOauth2SecurityScheme(
                        OAuth2SecurityScheme.newBuilder().setFlows(OAuthFlows.newBuilder().setClientCredentials(
                                ClientCredentialsOAuthFlow.newBuilder().setTokenUrl(tokenUrl)
                                        .putScopes(SEND_SCOPE, "send messages")))).build())
                .addSecurityRequirements(SecurityRequirement.newBuilder().putSchemes("apiKey", StringList.getDefaultInstance()))
                .addSecurityRequirements(SecurityRequirement.newBuilder().putSchemes("oauth",
                        StringList.newBuilder().addList(SEND_SCOPE).build()))
                .build();
    }

    /** A card that admits only callers with a client certificate. */
    static AgentCard mtlsCard() {
        return AgentCard.newBuilder().setName("Mutual TLS").setDescription("Answers with the caller's name")
                .setVersion("1.0.0")
                .putSecuritySchemes("mtls", SecurityScheme.newBuilder()
                        .setMtlsSecurityScheme(MutualTlsSecurityScheme.getDefaultInstance()).build())
                .addSecurityRequirements(SecurityRequirement.newBuilder().putSchemes("mtls", StringList.getDefaultInstance()))
                .build();
    }

    static A2aServer.Builder agent(AgentCard card, CardSecurity security) {
        return A2aServer.builder().card(card).security(security)
                .executor((context, events) -> events.complete(events.agentText("hello " + context.caller())));
    }

    static String token(ECKey key, String subject, String issuer, List<String> scopes, Instant expiry) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(AUDIENCE).subject(subject)
                .claim("scope", String.join(" ", scopes)).issueTime(new Date())
                .expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
