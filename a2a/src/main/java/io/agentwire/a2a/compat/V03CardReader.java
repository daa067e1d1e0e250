package io.agentwire.a2a.compat;

import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentExtension;
import io.agentwire.a2a.model.AgentInterface;
import io.agentwire.a2a.model.AgentProvider;
import io.agentwire.a2a.model.AgentSkill;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a 0.3 Agent Card into the 1.0 model, so the client picks among its interfaces as it does for a 1.0 card:
 * the main {@code url} with its {@code preferredTransport} first, then the {@code additionalInterfaces}, all with
 * {@code protocolVersion} "0.3". Malformed input is {@link io.agentwire.a2a.error.A2aException} INVALID_PARAMS with
 * the JSON path of the fault; the client reports it as an invalid agent response.
 */
final class V03CardReader {
    private static final String CARD = "card";

    private V03CardReader() {
    }

    static AgentCard read(JsonNode json) {
        V03Json.requireObject(json, CARD);
        AgentCard.Builder card = AgentCard.newBuilder()
                .setName(V03Json.string(json, "name", CARD))
                .setDescription(orEmpty(V03Json.optString(json, "description", CARD)))
                .setVersion(orEmpty(V03Json.optString(json, "version", CARD)));
        interfaces(json, card);
        JsonNode provider = V03Json.optObject(json, "provider", CARD);
        if (provider != null) {
            card.setProvider(AgentProvider.newBuilder()
                    .setOrganization(orEmpty(V03Json.optString(provider, "organization", CARD + ".provider")))
                    .setUrl(orEmpty(V03Json.optString(provider, "url", CARD + ".provider"))));
        }
        String documentation = V03Json.optString(json, "documentationUrl", CARD);
        if (documentation != null) {
            card.setDocumentationUrl(documentation);
        }
        String icon = V03Json.optString(json, "iconUrl", CARD);
        if (icon != null) {
            card.setIconUrl(icon);
        }
        card.setCapabilities(capabilities(json));
        JsonNode schemes = V03Json.optObject(json, "securitySchemes", CARD);
        if (schemes != null) {
            schemes.properties().forEach(entry -> card.putSecuritySchemes(entry.getKey(),
                    V03SecuritySchemes.fromV03(entry.getValue(), CARD + ".securitySchemes." + entry.getKey())));
        }
        card.addAllSecurityRequirements(V03SecuritySchemes.requirementsFromV03(json, "security", CARD));
        card.addAllDefaultInputModes(V03Json.strings(json, "defaultInputModes", CARD));
        card.addAllDefaultOutputModes(V03Json.strings(json, "defaultOutputModes", CARD));
        for (JsonNode skill : V03Json.array(json, "skills", CARD)) {
            card.addSkills(skill(skill));
        }
        return card.build();
    }

    private static void interfaces(JsonNode json, AgentCard.Builder card) {
        String main = V03Json.string(json, "url", CARD);
        String preferred = V03Json.optString(json, "preferredTransport", CARD);
        Set<String> seen = new HashSet<>();
        add(card, seen, main, preferred == null ? "JSONRPC" : preferred);
        for (JsonNode other : V03Json.array(json, "additionalInterfaces", CARD)) {
            String path = CARD + ".additionalInterfaces";
            V03Json.requireObject(other, path);
            add(card, seen, V03Json.string(other, "url", path), V03Json.string(other, "transport", path));
        }
    }

    /** Adds a 0.3 interface unless already listed: 0.3 cards repeat the main one among the additional ones. */
    static void add(AgentCard.Builder card, Set<String> seen, String url, String transport) {
        if (seen.add(transport + " " + url)) {
            card.addSupportedInterfaces(AgentInterface.newBuilder().setUrl(url).setProtocolBinding(transport)
                    .setProtocolVersion(V03JsonRpcBinding.VERSION));
        }
    }

    private static AgentCapabilities capabilities(JsonNode json) {
        AgentCapabilities.Builder capabilities = AgentCapabilities.newBuilder();
        JsonNode v03 = V03Json.optObject(json, "capabilities", CARD);
        String path = CARD + ".capabilities";
        if (v03 != null) {
            Boolean streaming = V03Json.optBoolean(v03, "streaming", path);
            if (streaming != null) {
                capabilities.setStreaming(streaming);
            }
            Boolean push = V03Json.optBoolean(v03, "pushNotifications", path);
            if (push != null) {
                capabilities.setPushNotifications(push);
            }
            for (JsonNode extension : V03Json.array(v03, "extensions", path)) {
                V03Json.requireObject(extension, path + ".extensions");
                Boolean required = V03Json.optBoolean(extension, "required", path + ".extensions");
                capabilities.addExtensions(AgentExtension.newBuilder()
                        .setUri(V03Json.string(extension, "uri", path + ".extensions"))
                        .setDescription(orEmpty(V03Json.optString(extension, "description", path + ".extensions")))
                        .setRequired(Boolean.TRUE.equals(required)));
            }
        }
        // 0.3 keeps the extended-card flag at the top of the card; 1.0 moved it into the capabilities.
        Boolean extended = V03Json.optBoolean(json, "supportsAuthenticatedExtendedCard", CARD);
        if (extended != null) {
            capabilities.setExtendedAgentCard(extended);
        }
        return capabilities.build();
    }

    private static AgentSkill skill(JsonNode json) {
        String path = CARD + ".skills";
        V03Json.requireObject(json, path);
        return AgentSkill.newBuilder()
                .setId(V03Json.string(json, "id", path))
                .setName(V03Json.string(json, "name", path))
                .setDescription(orEmpty(V03Json.optString(json, "description", path)))
                .addAllTags(V03Json.strings(json, "tags", path))
                .addAllExamples(V03Json.strings(json, "examples", path))
                .addAllInputModes(V03Json.strings(json, "inputModes", path))
                .addAllOutputModes(V03Json.strings(json, "outputModes", path))
                .addAllSecurityRequirements(V03SecuritySchemes.requirementsFromV03(json, "security", path))
                .build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
