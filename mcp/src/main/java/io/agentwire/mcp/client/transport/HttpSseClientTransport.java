package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.transport.http.client.ClientRequest;
import io.agentwire.jsonrpc.transport.http.client.EventStream;
import io.agentwire.jsonrpc.transport.http.client.HttpResponse;
import io.agentwire.jsonrpc.transport.sse.SseEvent;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The deprecated 2024-11-05 HTTP+SSE transport, client side: one GET event stream carries every server message;
 * its first event, {@code endpoint}, names the URL (relative to the stream's) that client messages are POSTed
 * to, each answered 202 at once.
 */
public final class HttpSseClientTransport implements ClientTransport {
    private final URI sseUrl;
    private final HttpTransportOptions options;
    private final AuthorizedHttp http;
    private final MessageDecoder decoder = new MessageDecoder(JsonRpcCodec.standard());
    private final TransportThreads threads = new TransportThreads("agentwire-mcp-sse");
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
    private volatile InboundListener listener;
    private volatile EventStream stream;
    private volatile boolean closed;

    public HttpSseClientTransport(URI sseUrl, HttpTransportOptions options) {
        this.sseUrl = Objects.requireNonNull(sseUrl, "sseUrl");
        this.options = Objects.requireNonNull(options, "options");
        this.http = new AuthorizedHttp(options);
    }

    @Override
    public void start(InboundListener inbound) throws IOException {
        this.listener = Objects.requireNonNull(inbound, "listener");
        SseMessageReader reader = new SseMessageReader(decoder, this::deliver, "the HTTP+SSE stream") {
            @Override
            void onOtherEvent(SseEvent event) {
                if ("endpoint".equals(event.event())) {
                    endpoint.complete(sseUrl.resolve(event.data().trim()));
                }
            }
        };
        long waitMillis = options.requestTimeout().toMillis();
        try {
            ClientRequest request = http.authorize(ClientRequest.get(sseUrl).withHeader("Accept", "text/event-stream"));
            EventStream opened = http.client().stream(request, reader);
            stream = opened;
            HttpResponse response = opened.response().get(waitMillis, TimeUnit.MILLISECONDS);
            if (!AuthorizedHttp.isSuccess(response.status()) || !AuthorizedHttp.isEventStream(response)) {
                opened.cancel();
                throw new HttpStatusException("GET of the HTTP+SSE stream", response.status(), response.headers(), response.body());
            }
            opened.completion().whenComplete((done, broken) -> ended(broken));
            endpoint.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            close();
            throw AuthorizedHttp.asIo(e.getCause());
        } catch (TimeoutException e) {
            close();
            throw new IOException("The HTTP+SSE server did not announce its message endpoint within " + waitMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException("Interrupted while connecting", e);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    public CompletableFuture<Void> send(JsonRpcMessage message) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        try {
            threads.workers().execute(() -> post(message, accepted));
        } catch (RejectedExecutionException e) {
            accepted.completeExceptionally(new IOException("Transport is closed"));
        }
        return accepted;
    }

    private void post(JsonRpcMessage message, CompletableFuture<Void> accepted) {
        try {
            ClientRequest request = ClientRequest.post(endpoint.getNow(sseUrl), "application/json", decoder.encode(message));
            HttpResponse response = http.exchange(request, options.requestTimeout());
            if (!AuthorizedHttp.isSuccess(response.status())) {
                throw new HttpStatusException("POST to the HTTP+SSE endpoint", response.status(), response.headers(), response.body());
            }
            accepted.complete(null);
        } catch (IOException | RuntimeException e) {
            accepted.completeExceptionally(e);
            InboundListener inbound = listener;
            if (message instanceof JsonRpcRequest request && inbound != null) {
                inbound.onRequestFailed(request.id(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            accepted.completeExceptionally(e);
        }
    }

    private void deliver(JsonRpcMessage message) {
        InboundListener inbound = listener;
        if (inbound != null && !closed) {
            inbound.onMessage(message);
        }
    }

    private void ended(Throwable broken) {
        InboundListener inbound = listener;
        if (!closed && inbound != null) {
            closed = true;
            inbound.onClosed(broken != null ? AuthorizedHttp.asIo(broken) : new IOException("The server closed the HTTP+SSE stream"));
        }
    }

    @Override
    public void close() {
        boolean wasOpen = !closed;
        closed = true;
        EventStream opened = stream;
        if (opened != null) {
            opened.cancel();
        }
        http.close();
        threads.shutdown();
        InboundListener inbound = listener;
        if (wasOpen && inbound != null) {
            inbound.onClosed(null);
        }
    }
}
