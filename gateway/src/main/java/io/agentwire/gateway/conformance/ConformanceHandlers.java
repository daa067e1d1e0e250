package io.agentwire.gateway.conformance;

import io.agentwire.mcp.client.ClientRequestHandler;
import io.agentwire.mcp.client.ElicitationDefaults;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the conformance client answers the server: accept every elicitation with the form's defaults filled in,
 * answer sampling with a fixed assistant message, and offer one root.
 */
final class ConformanceHandlers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConformanceHandlers() {
    }

    static ClientRequestHandler elicitation() {
        return params -> ElicitationDefaults.acceptWithDefaults(params, null);
    }

    static ClientRequestHandler sampling() {
        return params -> {
            ObjectNode result = NODES.objectNode().put("role", "assistant").put("model", "agentwire-conformance")
                    .put("stopReason", "endTurn");
            result.putObject("content").put("type", "text").put("text", "This is a response from the conformance client.");
            return result;
        };
    }

    static ClientRequestHandler roots() {
        return params -> {
            ObjectNode result = NODES.objectNode();
            result.putArray("roots").addObject().put("uri", "file:///tmp/agentwire").put("name", "agentwire");
            return result;
        };
    }
}
