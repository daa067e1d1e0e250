package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.transport.sse.SseEvent;
import io.agentwire.jsonrpc.transport.sse.SseListener;
import java.util.function.Consumer;

/**
 * Reads JSON-RPC messages out of an MCP event stream: {@code message} events (or untyped ones) carry one message
 * each; events with empty data are priming events that only set the id and the reconnection delay. The last
 * {@code retry} seen is kept for reconnecting. Throws on malformed data, which ends the stream.
 */
class SseMessageReader implements SseListener {
    private final MessageDecoder decoder;
    private final Consumer<JsonRpcMessage> deliver;
    private final String where;
    private volatile long retryMillis = -1;
    private volatile boolean sawEvent;

    SseMessageReader(MessageDecoder decoder, Consumer<JsonRpcMessage> deliver, String where) {
        this.decoder = decoder;
        this.deliver = deliver;
        this.where = where;
    }

    @Override
    public void onEvent(SseEvent event) {
        sawEvent = true;
        if (event.data().isBlank()) {
            return;
        }
        if (event.event() != null && !event.event().equals("message")) {
            onOtherEvent(event);
            return;
        }
        decoder.decode(event.data(), where).forEach(deliver);
    }

    /** Events of other types; the MCP streams define none, so they are ignored. */
    void onOtherEvent(SseEvent event) {
    }

    @Override
    public void onRetry(long millis) {
        retryMillis = millis;
    }

    /** The server's reconnection delay, or -1 when it gave none. */
    long retryMillis() {
        return retryMillis;
    }

    boolean sawEvent() {
        return sawEvent;
    }
}
