package io.agentwire.a2a.transport;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.server.StreamSink;
import io.agentwire.jsonrpc.transport.http.SseStream;
import io.agentwire.jsonrpc.transport.sse.SseEvent;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A stream of A2A events as server-sent events: one single-line {@code data:} per event, flushed at once (clients
 * that split on lines, as some SDKs still do, read it correctly). The event stream opens with the first event, so
 * an error before it can still be an ordinary error response; the binding decides both JSON shapes.
 */
public final class SseStreamSink implements StreamSink {
    private final Supplier<SseStream> opener;
    private final Function<StreamResponse, String> eventJson;
    private final Function<A2aException, String> errorEventJson;
    private final Consumer<A2aException> errorBeforeOpen;
    private SseStream stream;
    private boolean ended;

    /**
     * @param opener          starts the {@code text/event-stream} response
     * @param eventJson       the {@code data:} of an event
     * @param errorEventJson  the {@code data:} of an error once the stream is open
     * @param errorBeforeOpen answers with a plain error response when nothing was streamed yet
     */
    public SseStreamSink(Supplier<SseStream> opener, Function<StreamResponse, String> eventJson,
                         Function<A2aException, String> errorEventJson, Consumer<A2aException> errorBeforeOpen) {
        this.opener = opener;
        this.eventJson = eventJson;
        this.errorEventJson = errorEventJson;
        this.errorBeforeOpen = errorBeforeOpen;
    }

    @Override
    public synchronized void event(StreamResponse event) {
        if (ended) {
            return;
        }
        SseStream open = open();
        if (open.isOpen()) {
            open.send(SseEvent.message(eventJson.apply(event)));
        }
    }

    @Override
    public synchronized void end() {
        if (!ended) {
            ended = true;
            open().close();
        }
    }

    @Override
    public synchronized void error(A2aException error) {
        if (ended) {
            return;
        }
        ended = true;
        if (stream == null) {
            errorBeforeOpen.accept(error);
            return;
        }
        if (stream.isOpen()) {
            stream.send(SseEvent.message(errorEventJson.apply(error)));
        }
        stream.close();
    }

    @Override
    public synchronized boolean closed() {
        return ended || stream != null && !stream.isOpen();
    }

    private SseStream open() {
        if (stream == null) {
            stream = opener.get();
        }
        return stream;
    }
}
