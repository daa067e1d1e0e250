package io.agentwire.jsonrpc.transport.http.client;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import io.agentwire.jsonrpc.transport.sse.SseDecoder;
import io.agentwire.jsonrpc.transport.sse.SseListener;
import io.netty.buffer.ByteBuf;

/** A request whose {@code text/event-stream} response is decoded and delivered event by event. */
final class StreamingExchange extends ClientExchange implements EventStream {
    private final CompletableFuture<Void> completion = new CompletableFuture<>();
    private final SseListener listener;
    private final int maxEventBytes;
    private volatile SseDecoder decoder;

    StreamingExchange(int maxResponseBytes, int maxEventBytes, SseListener listener) {
        super(maxResponseBytes);
        this.listener = listener;
        this.maxEventBytes = maxEventBytes;
    }

    @Override
    void onHeadReceived() {
        if (status() / 100 == 2 && isEventStream(headers())) {
            cancelTimeout(); // the timeout covers waiting for the stream to start, not its lifetime
            decoder = new SseDecoder(listener, maxEventBytes);
            response.complete(headOnlyResponse());
        }
    }

    @Override
    void onContent(ByteBuf content) {
        SseDecoder d = decoder;
        if (d == null) {
            super.onContent(content);
            return;
        }
        try {
            SseNettyAdapter.feed(d, content);
        } catch (RuntimeException e) {
            fail(e); // an oversized event or a listener failure ends the stream
        }
    }

    @Override
    void completeNormally() {
        SseDecoder d = decoder;
        if (d != null) {
            d.end();
        } else {
            response.complete(completeResponse());
        }
        completion.complete(null);
    }

    @Override
    void completeExceptionally(Throwable cause) {
        super.completeExceptionally(cause);
        completion.completeExceptionally(cause);
    }

    @Override
    public CompletableFuture<HttpResponse> response() {
        return response;
    }

    @Override
    public CompletableFuture<Void> completion() {
        return completion;
    }

    @Override
    public void cancel() {
        fail(new CancellationException("Event stream cancelled"));
    }

    @Override
    public String lastEventId() {
        SseDecoder d = decoder;
        return d == null ? "" : d.lastEventId();
    }
}
