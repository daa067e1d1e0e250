package io.agentwire.jsonrpc;

import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcId;
import tools.jackson.databind.JsonNode;

/**
 * A failure that carries its JSON-RPC error object, so that whoever catches it can answer the peer with the
 * protocol's own code. Thrown by the codec for bad input and by handlers to fail a request on purpose.
 */
public class JsonRpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient JsonRpcError error;
    private final transient JsonRpcId requestId;

    public JsonRpcException(JsonRpcError error) {
        this(error, null, null);
    }

    public JsonRpcException(int code, String message) {
        this(new JsonRpcError(code, message), null, null);
    }

    public JsonRpcException(int code, String message, JsonNode data) {
        this(new JsonRpcError(code, message, data), null, null);
    }

    public JsonRpcException(JsonRpcError error, JsonRpcId requestId, Throwable cause) {
        super(error.message(), cause);
        this.error = error;
        this.requestId = requestId;
    }

    public JsonRpcError error() {
        return error;
    }

    public int code() {
        return error.code();
    }

    /** The id of the offending request when it could be read, so the error response can echo it. */
    public JsonRpcId requestId() {
        return requestId;
    }
}
