package io.agentwire.mcp.client;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * An MCP operation failed: the server answered with an error ({@link #error()} holds it), the transport broke,
 * the server sent something malformed or too large, or no answer came in time. The cause says which.
 */
public class McpClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient JsonRpcError error;

    public McpClientException(String message) {
        this(message, null, null);
    }

    public McpClientException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public McpClientException(String message, Throwable cause, JsonRpcError error) {
        super(message, cause);
        this.error = error;
    }

    /** The server's JSON-RPC error, or {@code null} when the failure was not an error response. */
    public JsonRpcError error() {
        return error;
    }

    /** The error code of the server's error response, or 0 when there was none. */
    public int code() {
        return error == null ? 0 : error.code();
    }

    /** Wraps whatever ended an operation, naming the operation. Cancellation passes through unchanged. */
    static RuntimeException of(String operation, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof McpClientException mce) {
            return mce;
        }
        if (cause instanceof CancellationException ce) {
            return ce;
        }
        if (cause instanceof JsonRpcException rpc) {
            return new McpClientException(operation + " failed: " + rpc.code() + " " + rpc.getMessage(), rpc, rpc.error());
        }
        if (cause instanceof TimeoutException) {
            return new McpClientException(operation + " timed out: " + cause.getMessage(), cause);
        }
        return new McpClientException(operation + " failed: " + cause, cause);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
