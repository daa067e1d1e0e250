package io.agentwire.mcp.server;

import io.agentwire.mcp.model.MetaKeys;

import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.ProtocolVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the self-description every 2026-07-28 request carries in {@code params._meta}: protocol version
 * (required), client capabilities (required), client info and log level (optional).
 */
public final class ModernMeta {

    private ModernMeta() {
    }

    /** The protocol version a request's {@code _meta} names, or {@code null} when it names none. */
    public static String requestedVersion(JsonNode params) {
        JsonNode version = params == null ? null : params.path("_meta").get(MetaKeys.PROTOCOL_VERSION);
        return version != null && version.isString() ? version.stringValue() : null;
    }

    /** Whether the request describes itself as modern-era (any version string in {@code _meta}). */
    public static boolean isSelfDescribing(JsonNode params) {
        return requestedVersion(params) != null;
    }

    /**
     * Validates the {@code _meta} of a modern request and builds its scope.
     *
     * @throws McpException {@code -32602} for missing or malformed fields, {@code -32022} for an unsupported version
     */
    public static ModernScope read(JsonNode params) {
        JsonNode meta = params == null ? null : params.get("_meta");
        if (meta == null || !meta.isObject()) {
            throw McpException.invalidParams("params._meta is required in protocol version 2026-07-28");
        }
        String requested = requestedVersion(params);
        if (requested == null) {
            throw McpException.invalidParams("_meta." + MetaKeys.PROTOCOL_VERSION + " is required");
        }
        ProtocolVersion version = ProtocolVersion.parse(requested).filter(ProtocolVersion::isModern)
                .orElseThrow(() -> unsupported(requested));
        JsonNode capabilities = meta.get(MetaKeys.CLIENT_CAPABILITIES);
        if (capabilities == null || !capabilities.isObject()) {
            throw McpException.invalidParams("_meta." + MetaKeys.CLIENT_CAPABILITIES + " is required and must be an object");
        }
        LoggingLevel level = null;
        JsonNode levelNode = meta.get(MetaKeys.LOG_LEVEL);
        if (levelNode != null) {
            level = LoggingLevel.parse(levelNode.asString(""))
                    .orElseThrow(() -> McpException.invalidParams("Unknown log level in _meta"));
        }
        return new ModernScope(version, capabilities, level, meta.get(MetaKeys.CLIENT_INFO));
    }

    public static McpException unsupported(String requested) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode supported = data.putArray("supported");
        ProtocolVersion.modernIds().forEach(supported::add); // the same list server/discover gives
        data.put("requested", requested);
        return new McpException(McpException.UNSUPPORTED_PROTOCOL_VERSION, "Unsupported protocol version: " + requested, data);
    }
}
