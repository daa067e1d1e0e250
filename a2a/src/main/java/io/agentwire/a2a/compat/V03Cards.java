package io.agentwire.a2a.compat;

import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentExtension;
import io.agentwire.a2a.model.AgentInterface;
import io.agentwire.a2a.model.AgentSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 1.0 Agent Card as a 0.3 client reads it. 0.3 has no {@code supportedInterfaces}: the card names one main
 * {@code url} with its {@code preferredTransport} and lists further {@code additionalInterfaces}. Only interfaces
 * that speak 0.3 are listed, since a 0.3 client would talk 0.3 shapes to whatever URL it picks; the 1.0 interfaces
 * stay on the 1.0 card. Signatures are left out: they sign the 1.0 form of the card, and a 0.3 client checking them
 * against this rendering would see them fail.
 */
public final class V03Cards {
    /** The version 0.3 cards announce; 0.3 cards carry the patch number. */
    public static final String PROTOCOL_VERSION = "0.3.0";
    private static final Set<String> V03_TRANSPORTS = Set.of("JSONRPC", "GRPC", "HTTP+JSON");
    /** The top-level 0.3 fields a 1.0 card lacks, added by {@link #union}. */
    private static final List<String> UNION_FIELDS = List.of("protocolVersion", "url", "preferredTransport",
            "additionalInterfaces", "supportsAuthenticatedExtendedCard", "security");

    private V03Cards() {
    }

    /**
     * @param card   the card as the 1.0 interfaces serve it
     * @param v03Url the card's main {@code url}: where a 0.3 interface of the card answers (usually JSON-RPC)
     * @return the 0.3 card as JSON text
     */
    public static String toV03(AgentCard card, String v03Url) {
        return V03Json.write(toV03Json(card, v03Url));
    }

    /** The 0.3 card with the card's first 0.3 interface as its main URL. */
    public static String toV03(AgentCard card) {
        AgentInterface main = card.getSupportedInterfacesList().stream().filter(V03Cards::speaksV03).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The card lists no interface with protocolVersion 0.3"));
        return toV03(card, main.getUrl());
    }

    /**
     * One card for both kinds of client at the one well-known path: the 1.0 card (ProtoJSON) with the 0.3 fields
     * added beside it. The two versions were kept free of clashing names for this purpose (1.0 says
     * {@code securityRequirements} where 0.3 says {@code security}, and has no top-level {@code url}), and readers of
     * either version ignore the other's fields. Each security scheme object carries both forms: 1.0's oneof member
     * and 0.3's {@code type} with its fields. A card that is signed must be signed in this form, since verifiers
     * canonicalise the card as received.
     */
    public static String union(AgentCard card, String v03Url) {
        ObjectNode json = (ObjectNode) V03Json.read(ProtoJson.print(card));
        ObjectNode v03 = toV03Json(card, v03Url);
        for (String field : UNION_FIELDS) {
            if (v03.has(field)) {
                json.set(field, v03.get(field));
            }
        }
        if (v03.has("securitySchemes")) {
            ObjectNode schemes = (ObjectNode) json.get("securitySchemes");
            v03.get("securitySchemes").properties().forEach(scheme ->
                    ((ObjectNode) schemes.get(scheme.getKey())).setAll((ObjectNode) scheme.getValue()));
        }
        for (int i = 0; i < card.getSkillsCount(); i++) {
            JsonNode skill = v03.get("skills").get(i);
            if (skill.has("security")) {
                ((ObjectNode) json.get("skills").get(i)).set("security", skill.get("security"));
            }
        }
        return V03Json.write(json);
    }

    /** Reads a 0.3 card (JSON) into the 1.0 model, its interfaces marked {@code protocolVersion} "0.3". */
    public static AgentCard fromV03(JsonNode card) {
        return V03CardReader.read(card);
    }

    /** Whether {@code json} is a 0.3 card rather than a 1.0 (or union) one: it has a main url and no 1.0 interfaces. */
    public static boolean isV03Card(JsonNode json) {
        return json.isObject() && json.has("url") && !json.has("supportedInterfaces");
    }

    /** Whether an interface of a 1.0 card is a 0.3 one ({@code protocolVersion} "0.3" or "0.3.x"). */
    public static boolean speaksV03(AgentInterface candidate) {
        String version = candidate.getProtocolVersion();
        return version.equals("0.3") || version.startsWith("0.3.");
    }

    static ObjectNode toV03Json(AgentCard card, String v03Url) {
        Objects.requireNonNull(v03Url, "v03Url");
        ObjectNode json = V03Json.object();
        json.put("protocolVersion", PROTOCOL_VERSION);
        json.put("name", card.getName());
        json.put("description", card.getDescription());
        List<AgentInterface> interfaces = interfaces(card, v03Url);
        json.put("url", v03Url);
        json.put("preferredTransport", interfaces.get(0).getProtocolBinding());
        ArrayNode additional = json.putArray("additionalInterfaces");
        interfaces.forEach(i -> additional.addObject().put("url", i.getUrl()).put("transport", i.getProtocolBinding()));
        if (card.hasProvider()) {
            ObjectNode provider = json.putObject("provider");
            provider.put("organization", card.getProvider().getOrganization());
            provider.put("url", card.getProvider().getUrl());
        }
        json.put("version", card.getVersion());
        if (card.hasDocumentationUrl()) {
            json.put("documentationUrl", card.getDocumentationUrl());
        }
        if (card.hasIconUrl()) {
            json.put("iconUrl", card.getIconUrl());
        }
        json.set("capabilities", capabilities(card.getCapabilities()));
        if (card.getSecuritySchemesCount() > 0) {
            json.set("securitySchemes", V03SecuritySchemes.toV03(card.getSecuritySchemesMap()));
        }
        if (card.getSecurityRequirementsCount() > 0) {
            json.set("security", V03SecuritySchemes.requirements(card.getSecurityRequirementsList()));
        }
        putStrings(json, "defaultInputModes", card.getDefaultInputModesList());
        putStrings(json, "defaultOutputModes", card.getDefaultOutputModesList());
        ArrayNode skills = json.putArray("skills");
        card.getSkillsList().forEach(skill -> skills.add(skill(skill)));
        // 1.0 moved this flag into the capabilities; 0.3 keeps it at the top of the card.
        json.put("supportsAuthenticatedExtendedCard", card.getCapabilities().getExtendedAgentCard());
        return json;
    }

    /**
     * The card's 0.3 interfaces as a 0.3 card lists them, for the JSON and the proto card alike: the main one first
     * (0.3 asks that it be repeated among the additional ones; its transport is the card's {@code preferredTransport},
     * JSON-RPC unless the card says otherwise), then the card's other 0.3 interfaces.
     */
    static List<AgentInterface> interfaces(AgentCard card, String v03Url) {
        String mainTransport = card.getSupportedInterfacesList().stream()
                .filter(i -> isV03Transport(i) && i.getUrl().equals(v03Url))
                .map(AgentInterface::getProtocolBinding).findFirst().orElse("JSONRPC");
        List<AgentInterface> interfaces = new ArrayList<>();
        interfaces.add(AgentInterface.newBuilder().setUrl(v03Url).setProtocolBinding(mainTransport).build());
        for (AgentInterface candidate : card.getSupportedInterfacesList()) {
            boolean isMain = candidate.getUrl().equals(v03Url) && candidate.getProtocolBinding().equals(mainTransport);
            if (isV03Transport(candidate) && !isMain) {
                interfaces.add(AgentInterface.newBuilder().setUrl(candidate.getUrl())
                        .setProtocolBinding(candidate.getProtocolBinding()).build());
            }
        }
        return interfaces;
    }

    private static boolean isV03Transport(AgentInterface candidate) {
        return speaksV03(candidate) && V03_TRANSPORTS.contains(candidate.getProtocolBinding());
    }

    private static ObjectNode capabilities(AgentCapabilities capabilities) {
        ObjectNode json = V03Json.object();
        if (capabilities.hasStreaming()) {
            json.put("streaming", capabilities.getStreaming());
        }
        if (capabilities.hasPushNotifications()) {
            json.put("pushNotifications", capabilities.getPushNotifications());
        }
        if (capabilities.getExtensionsCount() > 0) {
            ArrayNode extensions = json.putArray("extensions");
            for (AgentExtension extension : capabilities.getExtensionsList()) {
                ObjectNode entry = extensions.addObject();
                entry.put("uri", extension.getUri());
                V03Json.putIfNotEmpty(entry, "description", extension.getDescription());
                if (extension.getRequired()) {
                    entry.put("required", true);
                }
                if (extension.hasParams()) {
                    entry.set("params", V03Values.json(extension.getParams()));
                }
            }
        }
        return json;
    }

    private static ObjectNode skill(AgentSkill skill) {
        ObjectNode json = V03Json.object();
        json.put("id", skill.getId());
        json.put("name", skill.getName());
        json.put("description", skill.getDescription());
        putStrings(json, "tags", skill.getTagsList());
        V03Json.putStrings(json, "examples", skill.getExamplesList());
        V03Json.putStrings(json, "inputModes", skill.getInputModesList());
        V03Json.putStrings(json, "outputModes", skill.getOutputModesList());
        if (skill.getSecurityRequirementsCount() > 0) {
            json.set("security", V03SecuritySchemes.requirements(skill.getSecurityRequirementsList()));
        }
        return json;
    }

    /** A REQUIRED list: present even when empty. */
    private static void putStrings(ObjectNode json, String field, List<String> values) {
        ArrayNode array = json.putArray(field);
        values.forEach(array::add);
    }
}
