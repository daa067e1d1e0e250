package io.agentwire.jsonrpc.model;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * The error object of a failed response.
 *
 * @param data optional detail, {@code null} when absent
 */
public record JsonRpcError(int code, String message, JsonNode data) {
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;

    public JsonRpcError {
        Objects.requireNonNull(message, "message");
    }

    public JsonRpcError(int code, String message) {
        this(code, message, null);
    }
}
