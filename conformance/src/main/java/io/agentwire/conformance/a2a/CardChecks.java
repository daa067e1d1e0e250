package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Requirement.check;
import static io.agentwire.conformance.a2a.Requirement.manual;

import com.nimbusds.jose.jwk.JWKSet;
import io.agentwire.a2a.card.sign.AgentCardVerifier;
import io.agentwire.a2a.card.sign.CardVerification;
import io.agentwire.a2a.card.sign.SignatureCheck;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Agent Card requirements: discovery, structure, interfaces, caching, extended card, signatures. */
final class CardChecks {
    private CardChecks() {
    }

    static List<Requirement> all() {
        return List.of(
                check("CARD-DISC-001", Level.MUST, "Agent Card must be available", p -> {
                    expect(p.card().isObject(), "the well-known path does not serve a JSON object");
                    String type = p.cardResponse().headers().firstValue("Content-Type").orElse("");
                    expect(type.startsWith("application/json") || type.startsWith("application/a2a+json"), "Content-Type " + type);
                }),
                check("CARD-PROTO-001", Level.MUST, "AgentCard must properly declare supported protocols", p -> {
                    JsonNode interfaces = p.card().path("supportedInterfaces");
                    expect(interfaces.isArray() && !interfaces.isEmpty(), "supportedInterfaces is missing or empty");
                    for (JsonNode i : interfaces) {
                        expect(!i.path("protocolVersion").asString("").isEmpty(), "an interface without protocolVersion: " + i);
                    }
                }),
                check("CARD-PROTO-002", Level.MUST, "Each interface must declare transport and URL", p -> {
                    for (JsonNode i : p.card().path("supportedInterfaces")) {
                        expect(!i.path("url").asString("").isEmpty() && !i.path("protocolBinding").asString("").isEmpty(),
                                "an interface without url or protocolBinding: " + i);
                    }
                }),
                check("CARD-STRUCT-001", Level.MUST, "AgentCard contains required fields", p -> {
                    for (String field : List.of("name", "description", "supportedInterfaces", "version", "capabilities",
                            "defaultInputModes", "defaultOutputModes", "skills")) {
                        expect(p.card().has(field), "the card has no " + field);
                    }
                    for (JsonNode skill : p.card().path("skills")) {
                        for (String field : List.of("id", "name", "description", "tags")) {
                            expect(skill.has(field), "a skill has no " + field + ": " + skill);
                        }
                    }
                }),
                check("CARD-EXT-001", Level.MUST, "Extended Agent Card requires authentication", p -> {
                    p.require("extendedAgentCard");
                    JsonNode response = p.rpc("GetExtendedAgentCard", "{}");
                    expect(response.has("error"), "an anonymous caller got the extended card: " + response);
                }),
                check("CARD-EXT-002", Level.MUST, "Extended card not configured returns specific error", p -> {
                    if (p.declares("extendedAgentCard")) {
                        throw new NotApplicable("the card declares an extended card; an anonymous probe cannot see whether it is configured");
                    }
                    Expect.rpcError(p.rpc("GetExtendedAgentCard", "{}"), -32004, "UNSUPPORTED_OPERATION");
                }),
                check("CARD-SIGN-001", Level.MUST, "Agent Card canonicalized with JCS before signing", CardChecks::signedPayloadIsCanonical),
                check("CARD-SIGN-002", Level.MUST, "Signatures field excluded from signed content", CardChecks::signedPayloadIsCanonical),
                check("CARD-SIGN-003", Level.MUST, "Signature protected header includes required parameters", p -> {
                    JsonNode signatures = signatures(p);
                    for (JsonNode signature : signatures) {
                        JsonNode header = Probe.parse(new String(Base64.getUrlDecoder().decode(signature.path("protected").asString("")),
                                StandardCharsets.UTF_8));
                        expect(header.has("alg") && header.has("kid") && header.has("typ"), "protected header lacks alg, kid or typ: " + header);
                        expect(!"none".equalsIgnoreCase(header.path("alg").asString("")), "alg none");
                    }
                }),
                manual("CARD-SIGN-004", Level.MUST, "Expired or revoked keys must not be used for verification",
                        "a verifier-side rule; Agentwire's own verifier is tested for it (AgentCardSignatureTest)"),
                check("CARD-CACHE-001", Level.SHOULD, "Agent Card endpoint includes Cache-Control header",
                        p -> expect(p.cardResponse().headers().firstValue("Cache-Control").isPresent(), "no Cache-Control")),
                check("CARD-CACHE-002", Level.SHOULD, "Agent Card endpoint includes ETag header",
                        p -> expect(p.cardResponse().headers().firstValue("ETag").isPresent(), "no ETag")),
                check("CARD-CACHE-003", Level.MAY, "Agent Card endpoint may include Last-Modified header",
                        p -> expect(p.cardResponse().headers().firstValue("Last-Modified").isPresent(), "no Last-Modified")));
    }

    private static JsonNode signatures(Probe p) {
        JsonNode signatures = p.card().path("signatures");
        if (!signatures.isArray() || signatures.isEmpty()) {
            throw new NotApplicable("the card is not signed");
        }
        return signatures;
    }

    /**
     * A signature verifies only if the signer canonicalized the card as section 8.4.1 says (JCS, signatures left
     * out), so a successful verification proves both. The key comes from the signature's {@code jku}.
     */
    private static void signedPayloadIsCanonical(Probe p) {
        signatures(p);
        CardVerification result = new AgentCardVerifier(new JWKSet(), List.of("http://", "https://")).verify(p.card());
        if (result.verified()) {
            return;
        }
        boolean noKey = result.checks().stream().allMatch(c -> c.outcome() == SignatureCheck.Outcome.UNKNOWN_KEY);
        if (noKey) {
            throw new NotApplicable("the signatures name no reachable jku, so no key to verify them with");
        }
        throw new CheckFailure("no signature verifies over the canonical card: " + result.checks());
    }
}
