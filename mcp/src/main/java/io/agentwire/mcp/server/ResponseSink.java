package io.agentwire.mcp.server;

import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;

/**
 * Where everything about one inbound request goes: notifications and (legacy era) server-to-client requests
 * related to it, then exactly one response. Each transport decides the carrier: a line on stdout, a JSON body,
 * or events on an SSE stream opened on demand.
 */
public interface ResponseSink {
    void notify(JsonRpcNotification notification);

    /** A server-to-client request made while serving this request (legacy era only). */
    void request(JsonRpcRequest request);

    /** The final answer; nothing may be sent after it. */
    void respond(JsonRpcResponse response);

    /** Closes the carrier for now, asking the client to resume later (SSE polling); false if unsupported. */
    default boolean pause(long retryMillis) {
        return false;
    }

    /** Runs the callback if the carrier learns that the client gave up (e.g. closed the response stream). */
    default void onAbandoned(Runnable callback) {
    }
}
