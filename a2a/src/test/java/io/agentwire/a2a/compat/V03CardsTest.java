package io.agentwire.a2a.compat;

import static io.agentwire.a2a.compat.V03Samples.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentCardSignature;
import io.agentwire.a2a.reference.ReferenceCard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The 0.3 view of a 1.0 Agent Card. */
class V03CardsTest {
    private static final String V03_URL = "http://127.0.0.1:8080/a2a/v03";

    @Test
    void mainUrlIsTheV03InterfaceAndOnlyV03InterfacesAreListed() {
        JsonNode card = json(V03Cards.toV03(V03Samples.card(), V03_URL));
        assertEquals("0.3.0", card.path("protocolVersion").stringValue());
        assertEquals(V03_URL, card.path("url").stringValue());
        assertEquals("JSONRPC", card.path("preferredTransport").stringValue());
        assertEquals(json("[{\"url\":\"" + V03_URL + "\",\"transport\":\"JSONRPC\"},"
                + "{\"url\":\"http://127.0.0.1:8080/a2a/v03/rest\",\"transport\":\"HTTP+JSON\"}]"),
                card.path("additionalInterfaces"));
        assertFalse(card.has("supportedInterfaces"));
    }

    @Test
    void descriptiveFieldsCapabilitiesAndSkillsCarryOver() {
        JsonNode card = json(V03Cards.toV03(V03Samples.card(), V03_URL));
        assertEquals("Agentwire reference agent", card.path("name").stringValue());
        assertEquals("0.1.0", card.path("version").stringValue());
        assertEquals("Agentwire", card.path("provider").path("organization").stringValue());
        assertEquals("https://agentwire.io/docs", card.path("documentationUrl").stringValue());
        assertEquals("https://agentwire.io/icon.png", card.path("iconUrl").stringValue());
        assertTrue(card.path("capabilities").path("streaming").booleanValue());
        assertTrue(card.path("capabilities").path("pushNotifications").booleanValue());
        assertFalse(card.path("capabilities").has("extendedAgentCard"), "1.0's flag moves to the top of a 0.3 card");
        assertTrue(card.path("supportsAuthenticatedExtendedCard").booleanValue());
        JsonNode extension = card.path("capabilities").path("extensions").get(0);
        assertEquals("https://example.com/ext/v1", extension.path("uri").stringValue());
        assertEquals(2, extension.path("params").path("level").intValue());
        assertEquals(json("[\"text/plain\",\"application/json\"]"), card.path("defaultInputModes"));
        JsonNode skill = card.path("skills").get(0);
        assertEquals("tck", skill.path("id").stringValue());
        assertEquals(json("[\"conformance\"]"), skill.path("tags"));
        assertEquals(json("[\"tck-complete-task-1\"]"), skill.path("examples"));
    }

    @Test
    void securitySchemesTakeTheirV03Types() {
        JsonNode card = json(V03Cards.toV03(V03Samples.card(), V03_URL));
        JsonNode schemes = card.path("securitySchemes");
        assertEquals(json("{\"type\":\"http\",\"scheme\":\"Bearer\",\"bearerFormat\":\"JWT\"}"), schemes.path("bearer"));
        assertEquals(json("{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-API-Key\"}"), schemes.path("key"));
        assertEquals("https://auth.example.com/authorize", schemes.path("oauth").path("flows").path("authorizationCode")
                .path("authorizationUrl").stringValue());
        assertEquals("Read access", schemes.path("oauth").path("flows").path("authorizationCode").path("scopes")
                .path("read").stringValue());
        assertEquals(json("{}"), schemes.path("device").path("flows"), "device code has no 0.3 spelling");
        assertEquals("openIdConnect", schemes.path("oidc").path("type").stringValue());
        assertEquals("mutualTLS", schemes.path("mtls").path("type").stringValue());
        assertEquals(json("[{\"oauth\":[\"read\"]},{\"bearer\":[]}]"), card.path("security"));
    }

    @Test
    void signaturesOfThe10FormAreNotCarried() {
        JsonNode card = json(V03Cards.toV03(V03Samples.card().toBuilder().addSignatures(AgentCardSignature.newBuilder()
                .setProtected("e30").setSignature("c2ln")).build(), V03_URL));
        assertFalse(card.has("signatures"));
    }

    @Test
    void theMainUrlCanComeFromTheCard() {
        assertEquals(V03_URL, json(V03Cards.toV03(V03Samples.card())).path("url").stringValue());
        assertThrows(IllegalArgumentException.class, () -> V03Cards.toV03(ReferenceCard.template()));
    }

    @Test
    void aBareCardStillHasEveryRequiredField() {
        JsonNode card = json(V03Cards.toV03(AgentCard.newBuilder().setName("n")
                .setDescription("d").setVersion("1").build(), V03_URL));
        for (String field : new String[] {"capabilities", "defaultInputModes", "defaultOutputModes", "description",
                "name", "protocolVersion", "skills", "url", "version", "preferredTransport"}) {
            assertTrue(card.has(field), field);
        }
    }

    @Test
    void theUnionCardReadsAsTheSame10CardAndCarriesThe03Fields() {
        AgentCard card = V03Samples.card();
        String union = V03Cards.union(card, V03_URL);
        assertEquals(card, ProtoJson.parse(union, AgentCard.newBuilder()).build(), "1.0 readers ignore the 0.3 fields");
        JsonNode json = json(union);
        assertEquals(V03_URL, json.path("url").stringValue());
        assertEquals("0.3.0", json.path("protocolVersion").stringValue());
        assertEquals("JSONRPC", json.path("preferredTransport").stringValue());
        assertTrue(json.path("supportsAuthenticatedExtendedCard").booleanValue());
        assertEquals(4, json.path("supportedInterfaces").size(), "the 1.0 list stays whole");
        JsonNode bearer = json.path("securitySchemes").path("bearer");
        assertEquals("Bearer", bearer.path("httpAuthSecurityScheme").path("scheme").stringValue());
        assertEquals("http", bearer.path("type").stringValue());
        assertEquals(json("[{\"oauth\":[\"read\"]},{\"bearer\":[]}]"), json.path("security"));
        assertTrue(json.has("securityRequirements"));
    }
}
