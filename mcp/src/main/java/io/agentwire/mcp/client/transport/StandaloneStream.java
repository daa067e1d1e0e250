package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.transport.http.client.ClientRequest;
import io.agentwire.jsonrpc.transport.http.client.EventStream;
import io.agentwire.jsonrpc.transport.http.client.HttpResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The GET stream of a legacy Streamable HTTP session, on which the server sends messages unrelated to any
 * request. Servers may refuse it (405); that is not an error. Opening waits for the server's answer, so that
 * the stream is in place before the caller's next request; if it ends while the session lives, it is reopened
 * after the server's {@code retry} delay, a few times at most.
 */
final class StandaloneStream {
    private static final System.Logger LOG = System.getLogger(StandaloneStream.class.getName());
    private static final long OPEN_WAIT_SECONDS = 5;
    private static final int MAX_REOPENS = 3;

    private final StreamableHttpClientTransport transport;
    private volatile EventStream current;
    private int reopens;

    StandaloneStream(StreamableHttpClientTransport transport) {
        this.transport = transport;
    }

    void open(String lastEventId) {
        try {
            ClientRequest request = transport.withCommonHeaders(ClientRequest.get(transport.endpoint())
                    .withHeader("Accept", "text/event-stream"), null);
            if (lastEventId != null && !lastEventId.isEmpty()) {
                request = request.withHeader(McpHttpHeaders.LAST_EVENT_ID, lastEventId);
            }
            SseMessageReader reader = new SseMessageReader(transport.decoder(), transport::deliver, "the session's GET stream");
            EventStream stream = transport.http().client().stream(transport.http().authorize(request), reader);
            HttpResponse response = stream.response().get(OPEN_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!AuthorizedHttp.isSuccess(response.status()) || !AuthorizedHttp.isEventStream(response)) {
                stream.cancel();
                LOG.log(Level.DEBUG, () -> "Server offers no GET stream (HTTP " + response.status() + ")");
                return;
            }
            current = stream;
            stream.completion().whenComplete((done, broken) -> ended(stream, reader, broken));
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Could not open the GET stream: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ended(EventStream stream, SseMessageReader reader, Throwable broken) {
        if (transport.isClosed() || broken instanceof CancellationException || current != stream) {
            return;
        }
        synchronized (this) {
            reopens = reader.sawEvent() ? 0 : reopens + 1;
            if (reopens > MAX_REOPENS) {
                return;
            }
        }
        long delay = reader.retryMillis() >= 0 ? reader.retryMillis() : 1000;
        String lastEventId = stream.lastEventId();
        transport.schedule(() -> open(lastEventId), delay);
    }

    void close() {
        EventStream stream = current;
        current = null;
        if (stream != null) {
            stream.cancel();
        }
    }
}
