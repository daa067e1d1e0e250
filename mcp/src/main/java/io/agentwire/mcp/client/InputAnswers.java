package io.agentwire.mcp.client;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers what a server asks of the client (sampling, elicitation, roots) with the handlers given to the
 * builder: one at a time as server-to-client requests in the legacy era, or all of an {@code input_required}
 * result's {@code inputRequests} at once in the 2026-07-28 era.
 */
final class InputAnswers {
    static final List<String> METHODS = List.of("sampling/createMessage", "elicitation/create", "roots/list");

    private final ClientConfig config;

    InputAnswers(ClientConfig config) {
        this.config = config;
    }

    JsonNode answer(String method, JsonNode params) throws Exception {
        ClientRequestHandler handler = handlerFor(method);
        if (handler == null) {
            throw new JsonRpcException(JsonRpcError.METHOD_NOT_FOUND, "This client does not handle " + method);
        }
        JsonNode result = handler.handle(params == null ? JsonNodeFactory.instance.objectNode() : params);
        if (result == null || !result.isObject()) {
            throw new JsonRpcException(JsonRpcError.INTERNAL_ERROR, "The " + method + " handler returned no result object");
        }
        return result;
    }

    /** One answer per input request, under the same keys; a request nobody can answer fails the call. */
    ObjectNode answerAll(JsonNode inputRequests) {
        ObjectNode responses = JsonNodeFactory.instance.objectNode();
        if (inputRequests == null || !inputRequests.isObject()) {
            throw new McpClientException("The server asked for input without saying what (no inputRequests object)");
        }
        for (Map.Entry<String, JsonNode> entry : inputRequests.properties()) {
            String method = entry.getValue().path("method").asString("");
            try {
                responses.set(entry.getKey(), answer(method, entry.getValue().get("params")));
            } catch (Exception e) {
                throw new McpClientException("Could not answer the server's " + method + " request '" + entry.getKey()
                        + "': " + e.getMessage(), e);
            }
        }
        return responses;
    }

    private ClientRequestHandler handlerFor(String method) {
        return switch (method) {
            case "sampling/createMessage" -> config.sampling();
            case "elicitation/create" -> config.elicitation();
            case "roots/list" -> config.roots();
            default -> null;
        };
    }
}
