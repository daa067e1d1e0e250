package io.agentwire.a2a.transport.jsonrpc;

import com.google.protobuf.MessageOrBuilder;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.json.ProtoJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-RPC responses around ProtoJSON results. The result is written straight after the envelope's opening bytes:
 * going through a tree, or even a string, would cost every call. Errors carry, in {@code data}, a
 * {@code google.rpc.ErrorInfo} with the A2A reason and domain (specification section 9.5).
 */
final class JsonRpcEnvelope {
    private final JsonMapper mapper;

    JsonRpcEnvelope(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code id} is the request's id as JSON, or {@code null} when it could not be read. */
    byte[] result(JsonNode id, MessageOrBuilder result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(("{\"jsonrpc\":\"2.0\",\"id\":" + idJson(id) + ",\"result\":").getBytes(StandardCharsets.UTF_8));
        ProtoJson.writeTo(out, result);
        out.write('}');
        return out.toByteArray();
    }

    /** The same, for an SSE {@code data:} line. */
    String resultText(JsonNode id, MessageOrBuilder result) {
        return new String(result(id, result), StandardCharsets.UTF_8);
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
        if (id == null) {
            return "null";
        }
        // Integer ids are the common case and print the same either way; anything else keeps the mapper's form.
        return id.isIntegralNumber() && id.canConvertToLong() ? Long.toString(id.longValue()) : mapper.writeValueAsString(id);
    }
}
