package io.agentwire.a2a.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.SecurityRequirement;
import io.agentwire.a2a.model.StringList;
import io.agentwire.a2a.transport.CallerResolver;
import io.agentwire.a2a.transport.grpc.GrpcCallerResolver;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.grpc.Metadata;

/**
 * Enforces what the card declares: {@code securityRequirements} is a list of alternatives, each naming schemes that
 * must all be satisfied, with the OAuth scopes each needs. A request is admitted as the caller of the first
 * alternative it meets in full. A card without requirements admits anonymous callers.
 *
 * <p>Failures follow A2A's mapping: no usable credential is UNAUTHENTICATED (HTTP 401); a valid credential that
 * lacks a required scope is PERMISSION_DENIED (HTTP 403); an invalid credential is UNAUTHENTICATED with the reason.
 */
public final class CardSecurity implements CallerResolver, GrpcCallerResolver {
    private final List<SecurityRequirement> requirements;
    private final Map<String, SchemeVerifier> verifiers;

    private CardSecurity(List<SecurityRequirement> requirements, Map<String, SchemeVerifier> verifiers) {
        this.requirements = List.copyOf(requirements);
        this.verifiers = Map.copyOf(verifiers);
    }

    /** Starts from the card whose schemes and requirements are to be enforced. */
    public static Builder forCard(AgentCard card) {
        return new Builder(card);
    }

    @Override
    public String caller(HttpExchange exchange) {
        return authenticate(new HttpCredentials(exchange));
    }

    @Override
    public String caller(Metadata metadata) {
        return authenticate(new GrpcCredentials(metadata));
    }

    /** The caller's name for an admitted request ("" when the card admits anonymous callers). */
    public String authenticate(RequestCredentials credentials) {
        if (requirements.isEmpty()) {
            return "";
        }
        String missingScope = null;
        for (SecurityRequirement requirement : requirements) {
            Outcome outcome = check(requirement, credentials);
            if (outcome.caller != null) {
                return outcome.caller;
            }
            if (outcome.missingScope != null) {
                missingScope = outcome.missingScope;
            }
        }
        if (missingScope != null) {
            throw new A2aException(A2aError.PERMISSION_DENIED, "The credential lacks scope " + missingScope);
        }
        throw new A2aException(A2aError.UNAUTHENTICATED, "Credentials required: " + describe());
    }

    private record Outcome(String caller, String missingScope) {
    }

    private Outcome check(SecurityRequirement requirement, RequestCredentials credentials) {
        String caller = null;
        for (Map.Entry<String, StringList> entry : requirement.getSchemesMap().entrySet()) {
            AuthenticatedCaller verified = verifiers.get(entry.getKey()).verify(credentials);
            if (verified == null) {
                return new Outcome(null, null);
            }
            for (String scope : entry.getValue().getListList()) {
                if (!verified.scopes().contains(scope)) {
                    return new Outcome(null, scope);
                }
            }
            caller = caller == null ? verified.name() : caller;
        }
        return new Outcome(caller, null);
    }

    private String describe() {
        List<String> alternatives = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            alternatives.add(String.join(" and ", requirement.getSchemesMap().keySet()));
        }
        return String.join(", or ", alternatives);
    }

    /** Pairs each scheme the card requires with its verifier. */
    public static final class Builder {
        private final AgentCard card;
        private final Map<String, SchemeVerifier> verifiers = new LinkedHashMap<>();

        private Builder(AgentCard card) {
            this.card = Objects.requireNonNull(card, "card");
        }

        /** The verifier of the card's scheme {@code name}; the name must be one of the card's {@code securitySchemes}. */
        public Builder verifier(String name, SchemeVerifier verifier) {
            if (!card.getSecuritySchemesMap().containsKey(name)) {
                throw new IllegalArgumentException("The card declares no security scheme " + name);
            }
            verifiers.put(name, Objects.requireNonNull(verifier, "verifier"));
            return this;
        }

        /** Fails when a required scheme has no verifier: a requirement nobody checks would let everyone in. */
        public CardSecurity build() {
            for (SecurityRequirement requirement : card.getSecurityRequirementsList()) {
                for (String scheme : requirement.getSchemesMap().keySet()) {
                    if (!card.getSecuritySchemesMap().containsKey(scheme)) {
                        throw new IllegalArgumentException("A requirement names undeclared scheme " + scheme);
                    }
                    if (!verifiers.containsKey(scheme)) {
                        throw new IllegalArgumentException("No verifier for required scheme " + scheme);
                    }
                }
            }
            return new CardSecurity(card.getSecurityRequirementsList(), verifiers);
        }
    }
}
