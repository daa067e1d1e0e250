package io.agentwire.mcp.client;

import io.agentwire.mcp.ProtocolVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the client learned about the server while connecting.
 *
 * @param version the revision in use
 * @param capabilities the server's capabilities (an empty object when it did not say)
 * @param serverInfo name and version of the server implementation, or {@code null}
 * @param instructions usage hints for the model, or {@code null}
 */
public record ServerDescription(ProtocolVersion version, JsonNode capabilities, JsonNode serverInfo, String instructions) {
    public ServerDescription {
        if (capabilities == null || !capabilities.isObject()) {
            capabilities = JsonNodeFactory.instance.objectNode();
        }
    }

    /** Whether the server declared the capability (a top-level key such as {@code "tools"}). */
    public boolean supports(String capability) {
        return capabilities.has(capability);
    }
}
