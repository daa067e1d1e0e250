package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;

/** Receives what a {@link ClientTransport} reads. Called from transport threads; must return quickly. */
public interface InboundListener {
    /** One message from the server: a response, a notification or a server-to-client request. */
    void onMessage(JsonRpcMessage message);

    /**
     * The transport knows that a request sent through it will get no response (the stream carrying it broke,
     * the server refused it, the answer was malformed or too large), so the caller need not wait for a timeout.
     */
    void onRequestFailed(JsonRpcId requestId, Throwable cause);

    /** The connection ended; nothing more will arrive. {@code cause} is {@code null} for an orderly end. */
    void onClosed(Throwable cause);
}
