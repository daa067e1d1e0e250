package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Moves JSON-RPC messages between an MCP client and one server. Implementations are thread-safe: {@link #send}
 * may be called from many threads at once.
 */
public interface ClientTransport extends AutoCloseable {
    /**
     * Starts reading; inbound messages go to the listener from then on. May block while the connection is set
     * up (a process is spawned, an HTTP+SSE endpoint is announced).
     */
    void start(InboundListener listener) throws IOException;

    /**
     * Sends one message. The future completes once the server took it (the HTTP request was accepted, the line
     * was written); a request the server answered with an error still counts as taken. Lost requests are also
     * reported through {@link InboundListener#onRequestFailed}.
     */
    CompletableFuture<Void> send(JsonRpcMessage message);

    /**
     * Whether giving up on a request is signalled by closing its response stream (2026-07-28 Streamable HTTP)
     * rather than by a {@code notifications/cancelled} message.
     */
    default boolean cancelsByClosingStream() {
        return false;
    }

    /** Stops receiving the answer to a request, closing the stream that carries it where there is one. */
    default void abandon(JsonRpcId requestId) {
    }

    /**
     * The legacy handshake finished with this revision: HTTP transports send it in {@code MCP-Protocol-Version}
     * from now on and may open their stream for server-initiated messages.
     */
    default void handshakeCompleted(String protocolVersion) {
    }

    /** Ends the connection and releases its resources. Idempotent; never throws. */
    @Override
    void close();
}
