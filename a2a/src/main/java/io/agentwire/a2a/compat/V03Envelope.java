package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-RPC responses in the 0.3 form. Errors are plain {@code {code, message}}: the codes are the ones 1.0 kept
 * (-32001 ... -32007 and the JSON-RPC range), and {@code data}, free-form and optional in 0.3, is left out rather
 * than filled with 1.0's {@code ErrorInfo} array, which 0.3 clients do not expect.
 */
final class V03Envelope {
    private V03Envelope() {
    }

    /** {@code id} is the request's id, or {@code null} when it could not be read. */
    static String result(JsonNode id, JsonNode result) {
        ObjectNode body = V03Json.object();
        body.put("jsonrpc", "2.0");
        body.set("id", id == null ? V03Json.NODES.nullNode() : id);
        body.set("result", result == null ? V03Json.NODES.nullNode() : result);
        return V03Json.write(body);
    }

    static String error(JsonNode id, A2aException error) {
        return error(id, error.error(), error.getMessage());
    }

    static String error(JsonNode id, A2aError error, String message) {
        ObjectNode body = V03Json.object();
        body.put("jsonrpc", "2.0");
        body.set("id", id == null ? V03Json.NODES.nullNode() : id);
        ObjectNode err = body.putObject("error");
        err.put("code", error.jsonRpcCode());
        err.put("message", message == null || message.isBlank() ? error.defaultMessage() : message);
        return V03Json.write(body);
    }
}
