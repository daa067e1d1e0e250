package io.agentwire.mcp.client;

import io.agentwire.mcp.model.MetaKeys;

import io.agentwire.mcp.LoggingLevel;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds request params as sent: the caller's params plus {@code _meta}, which carries the progress token in every
 * era and, in 2026-07-28, the client's self-description (revision, capabilities, identity, wanted log level).
 * The caller's objects are never modified; only the top level is copied.
 */
final class Envelope {

    private final JsonMapper mapper;
    /** The client's task support under the 2026-07-28 tasks extension (see {@link ToolTask}). */
    static final String TASKS_EXTENSION = "io.modelcontextprotocol/tasks";

    private final ObjectNode capabilities;
    private final ObjectNode modernCapabilities;
    private final ObjectNode clientInfo;
    private volatile LoggingLevel logLevel;

    Envelope(JsonMapper mapper, ObjectNode capabilities, ObjectNode clientInfo, LoggingLevel logLevel) {
        this.mapper = mapper;
        this.capabilities = capabilities;
        this.modernCapabilities = withTasksExtension(capabilities);
        this.clientInfo = clientInfo;
        this.logLevel = logLevel;
    }

    /** The capabilities sent with {@code initialize} in the legacy era. */
    ObjectNode capabilities() {
        return capabilities.deepCopy();
    }

    /**
     * In the modern era the client also declares the tasks extension, so servers may answer a call with a task; a
     * caller's own {@code extensions} entries are kept.
     */
    private static ObjectNode withTasksExtension(ObjectNode capabilities) {
        ObjectNode modern = capabilities.deepCopy();
        JsonNode extensions = modern.get("extensions");
        ObjectNode declared = extensions instanceof ObjectNode given ? given : modern.putObject("extensions");
        if (!declared.has(TASKS_EXTENSION)) {
            declared.putObject(TASKS_EXTENSION);
        }
        return modern;
    }

    ObjectNode clientInfo() {
        return clientInfo.deepCopy();
    }

    void logLevel(LoggingLevel level) {
        this.logLevel = level;
    }

    /**
     * @param modernVersion the 2026-07-28 revision id, or {@code null} in the legacy era
     * @param progressToken the token for {@code _meta.progressToken}, or {@code null}
     */
    ObjectNode wrap(JsonNode params, String modernVersion, JsonNode progressToken) {
        ObjectNode result = mapper.createObjectNode();
        if (params != null && params.isObject()) {
            for (Map.Entry<String, JsonNode> field : params.properties()) {
                result.set(field.getKey(), field.getValue());
            }
        }
        if (modernVersion == null && progressToken == null) {
            return result;
        }
        JsonNode given = result.get("_meta");
        ObjectNode meta = given != null && given.isObject() ? ((ObjectNode) given).deepCopy() : mapper.createObjectNode();
        if (progressToken != null) {
            meta.set("progressToken", progressToken);
        }
        if (modernVersion != null) {
            meta.put(MetaKeys.PROTOCOL_VERSION, modernVersion);
            meta.set(MetaKeys.CLIENT_CAPABILITIES, modernCapabilities);
            meta.set(MetaKeys.CLIENT_INFO, clientInfo);
            LoggingLevel level = logLevel;
            if (level != null) {
                meta.put(MetaKeys.LOG_LEVEL, level.wireName());
            }
        }
        result.set("_meta", meta);
        return result;
    }
}
