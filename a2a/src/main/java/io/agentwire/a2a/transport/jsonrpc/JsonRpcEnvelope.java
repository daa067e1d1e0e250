package io.agentwire.a2a.transport.jsonrpc;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-RPC responses around ProtoJSON results. The result is spliced in as text: it is already JSON, and parsing it
 * into a tree only to print it again would cost every call. Errors carry, in {@code data}, a
 * {@code google.rpc.ErrorInfo} with the A2A reason and domain (specification section 9.5).
 */
final class JsonRpcEnvelope {
    private final JsonMapper mapper;

    JsonRpcEnvelope(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code id} is the request's id as JSON, or {@code null} when it could not be read. */
    String result(JsonNode id, String resultJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson(id) + ",\"result\":" + resultJson + "}";
    }

    String error(JsonNode id, A2aException error) {
        return error(id, error.error(), error.getMessage());
    }

    String error(JsonNode id, A2aError error, String message) {
        ObjectNode body = mapper.createObjectNode();
        body.put("jsonrpc", "2.0");
        body.set("id", id == null ? mapper.nullNode() : id);
        ObjectNode err = body.putObject("error");
        err.put("code", error.jsonRpcCode());
        err.put("message", message == null ? error.defaultMessage() : message);
        ArrayNode data = err.putArray("data");
        ObjectNode info = data.addObject();
        info.put("@type", "type.googleapis.com/google.rpc.ErrorInfo");
        info.put("reason", error.reason());
        info.put("domain", A2aError.DOMAIN);
        return mapper.writeValueAsString(body);
    }

    private String idJson(JsonNode id) {
        return id == null ? "null" : mapper.writeValueAsString(id);
    }
}
