package io.agentwire.mcp.transport.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.transport.http.HttpExchange;

/** The few kinds of complete HTTP answers the MCP endpoint gives. */
final class HttpReplies {
    static final String JSON = "application/json";

    private final JsonRpcCodec codec;

    HttpReplies(JsonRpcCodec codec) {
        this.codec = codec;
    }

    void message(HttpExchange exchange, int status, JsonRpcMessage message, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", JSON);
        exchange.respond(status, headers, codec.encode(message));
    }

    void error(HttpExchange exchange, int status, JsonRpcId id, JsonRpcError error) {
        message(exchange, status, new JsonRpcErrorResponse(id, error), Map.of());
    }

    void error(HttpExchange exchange, int status, JsonRpcId id, int code, String text) {
        error(exchange, status, id, new JsonRpcError(code, text));
    }

    void empty(HttpExchange exchange, int status, Map<String, String> headers) {
        exchange.respond(status, headers, new byte[0]);
    }

    void text(HttpExchange exchange, int status, String text) {
        exchange.respond(status, Map.of("Content-Type", "text/plain; charset=utf-8"), text.getBytes(StandardCharsets.UTF_8));
    }
}
