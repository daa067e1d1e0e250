package io.agentwire.a2a.transport;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import java.util.Map;

/** What both JSON-RPC interfaces (1.0 and 0.3) accept: one request, with an id, POSTed. */
public final class JsonRpcIntake {
    private JsonRpcIntake() {
    }

    /**
     * The request in the body, or {@code null} after answering {@code 405} to a method other than POST. Malformed
     * JSON, batches and notifications fail with a {@link JsonRpcException} carrying the JSON-RPC code.
     */
    public static JsonRpcRequest read(HttpExchange exchange, JsonRpcCodec codec) {
        if (!"POST".equals(exchange.method())) {
            exchange.respond(405, Map.of("Allow", "POST"), new byte[0]);
            return null;
        }
        JsonRpcMessage message = codec.decodeSingle(exchange.body());
        if (!(message instanceof JsonRpcRequest)) {
            throw new JsonRpcException(JsonRpcError.INVALID_REQUEST, "Expected a request with an id");
        }
        return (JsonRpcRequest) message;
    }
}
