package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.transport.http.client.ClientRequest;
import io.agentwire.jsonrpc.transport.http.client.EventStream;
import io.agentwire.jsonrpc.transport.http.client.HttpResponse;
import io.agentwire.jsonrpc.transport.sse.SseDecodingException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Streamable HTTP transport, client side, for both eras. Every message is a POST to the endpoint; a request
 * is answered with JSON or with an event stream that may carry notifications and server requests before the
 * response. Legacy sessions ({@link HttpTransportOptions#stateless()} false) also keep the {@code Mcp-Session-Id}
 * issued with the initialize answer, open a GET stream for server-initiated messages, resume a response stream
 * that broke before its answer with GET and {@code Last-Event-ID} after the server's {@code retry} delay, and
 * end the session with DELETE on close. Stateless use cancels a request by closing its stream.
 */
public final class StreamableHttpClientTransport implements ClientTransport {
    private static final System.Logger LOG = System.getLogger(StreamableHttpClientTransport.class.getName());
    private static final String ACCEPT_BOTH = "application/json, text/event-stream";
    private static final long DEFAULT_RETRY_MILLIS = 1000;

    private final URI endpoint;
    private final HttpTransportOptions options;
    private final AuthorizedHttp http;
    private final MessageDecoder decoder = new MessageDecoder(JsonRpcCodec.standard());
    private final TransportThreads threads = new TransportThreads("agentwire-mcp-http");
    private final Set<JsonRpcId> awaiting = ConcurrentHashMap.newKeySet();
    private final Map<JsonRpcId, EventStream> streams = new ConcurrentHashMap<>();
    private final StandaloneStream standalone;
    private volatile InboundListener listener;
    private volatile String sessionId;
    private volatile String protocolVersion;
    private volatile boolean closed;

    public StreamableHttpClientTransport(URI endpoint, HttpTransportOptions options) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.options = Objects.requireNonNull(options, "options");
        this.http = new AuthorizedHttp(options);
        this.standalone = new StandaloneStream(this);
    }

    @Override
    public void start(InboundListener inbound) {
        this.listener = Objects.requireNonNull(inbound, "listener");
    }

    @Override
    public CompletableFuture<Void> send(JsonRpcMessage message) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        if (closed) {
            accepted.completeExceptionally(new IOException("Transport is closed"));
            return accepted;
        }
        if (message instanceof JsonRpcRequest request) {
            awaiting.add(request.id()); // before the POST, so an answer arriving early is recognised
        }
        runAsync(() -> {
            try {
                if (message instanceof JsonRpcRequest request) {
                    postRequest(request, decoder.encode(message), accepted, 0);
                } else {
                    postOther(message, accepted);
                }
            } catch (IOException | RuntimeException e) {
                accepted.completeExceptionally(e);
                if (message instanceof JsonRpcRequest request) {
                    fail(request.id(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                accepted.completeExceptionally(e);
            }
        });
        return accepted;
    }

    @Override
    public boolean cancelsByClosingStream() {
        return options.stateless();
    }

    @Override
    public void abandon(JsonRpcId requestId) {
        awaiting.remove(requestId);
        EventStream stream = streams.remove(requestId);
        if (stream != null) {
            stream.cancel();
        }
    }

    @Override
    public void handshakeCompleted(String version) {
        this.protocolVersion = version;
        if (!options.stateless()) {
            standalone.open(null);
        }
    }

    /** The session id the server issued, or {@code null}. */
    public String sessionId() {
        return sessionId;
    }

    // ---- requests -------------------------------------------------------------------------------------

    private void postRequest(JsonRpcRequest request, byte[] body, CompletableFuture<Void> accepted, int authRetries)
            throws IOException {
        ClientRequest unauthorized = withCommonHeaders(ClientRequest.post(endpoint, "application/json", body)
                .withHeader("Accept", ACCEPT_BOTH), request);
        ClientRequest sent = http.authorize(unauthorized);
        SseMessageReader reader = new SseMessageReader(decoder, this::deliver, "the response stream of request " + request.id());
        EventStream stream = http.client().stream(sent, reader);
        streams.put(request.id(), stream);
        stream.response().whenComplete((response, error) -> runAsync(() ->
                onRequestAnswered(new Attempt(request, body, accepted, authRetries, sent, stream, reader), response, error)));
    }

    /** One POST of a request, with what is needed to retry or resume it. */
    private record Attempt(JsonRpcRequest request, byte[] body, CompletableFuture<Void> accepted, int authRetries,
                           ClientRequest sent, EventStream stream, SseMessageReader reader) {
    }

    private void onRequestAnswered(Attempt attempt, HttpResponse response, Throwable error) {
        JsonRpcId id = attempt.request().id();
        EventStream stream = attempt.stream();
        try {
            if (error != null) {
                streams.remove(id, stream);
                attempt.accepted().completeExceptionally(error);
                fail(id, AuthorizedHttp.asIo(error));
                return;
            }
            if (attempt.authRetries() < AuthorizedHttp.MAX_AUTH_RETRIES && http.shouldRetry(response, attempt.sent())) {
                streams.remove(id, stream);
                stream.cancel();
                postRequest(attempt.request(), attempt.body(), attempt.accepted(), attempt.authRetries() + 1);
                return;
            }
            rememberSession(response);
            if (!AuthorizedHttp.isSuccess(response.status())) {
                streams.remove(id, stream);
                refused(attempt, response);
                return;
            }
            attempt.accepted().complete(null);
            if (AuthorizedHttp.isEventStream(response)) {
                stream.completion().whenComplete((done, broken) -> streamEnded(id, stream, attempt.reader(), broken, 0));
                return;
            }
            streams.remove(id, stream);
            if (response.body().length > 0) {
                decoder.decode(response.body(), "the response to request " + id).forEach(this::deliver);
            }
            if (awaiting.contains(id) && response.status() != 202) {
                fail(id, new IOException("The server's answer to request " + id + " did not contain its response"));
            }
        } catch (IOException | RuntimeException e) {
            attempt.accepted().completeExceptionally(e);
            fail(id, e);
        }
    }

    /** A refusal may still be a proper JSON-RPC error for the request (2026-07-28 answers errors with 4xx). */
    private void refused(Attempt attempt, HttpResponse response) {
        JsonRpcId id = attempt.request().id();
        try {
            for (JsonRpcMessage message : decoder.decode(response.body(), "an error answer")) {
                if (message instanceof JsonRpcResponse answer && id.equals(answer.id())) {
                    attempt.accepted().complete(null);
                    deliver(message);
                    return;
                }
            }
        } catch (RuntimeException notJsonRpc) {
            // fall through: the status is all we have
        }
        HttpStatusException refusal = new HttpStatusException("POST " + attempt.request().method(), response.status(),
                response.headers(), response.body());
        attempt.accepted().completeExceptionally(refusal);
        fail(id, refusal);
    }

    private void streamEnded(JsonRpcId id, EventStream stream, SseMessageReader reader, Throwable broken, int attempt) {
        streams.remove(id, stream);
        if (closed || !awaiting.contains(id) || broken instanceof CancellationException) {
            return;
        }
        String lastEventId = stream.lastEventId();
        if (!options.stateless() && !lastEventId.isEmpty() && attempt < options.maxResumeAttempts() && isResumable(broken)) {
            long delay = reader.retryMillis() >= 0 ? reader.retryMillis() : DEFAULT_RETRY_MILLIS;
            schedule(() -> resume(id, lastEventId, reader, attempt + 1), delay);
            return;
        }
        fail(id, broken != null ? AuthorizedHttp.asIo(broken)
                : new IOException("The server closed the response stream of request " + id + " before answering it"));
    }

    private void resume(JsonRpcId id, String lastEventId, SseMessageReader reader, int attempt) {
        if (closed || !awaiting.contains(id)) {
            return;
        }
        try {
            ClientRequest request = http.authorize(withCommonHeaders(ClientRequest.get(endpoint)
                    .withHeader("Accept", "text/event-stream")
                    .withHeader(McpHttpHeaders.LAST_EVENT_ID, lastEventId), null));
            EventStream stream = http.client().stream(request, reader);
            streams.put(id, stream);
            stream.response().whenComplete((response, error) -> {
                if (error != null) {
                    streamEnded(id, stream, reader, error, attempt);
                } else if (AuthorizedHttp.isSuccess(response.status()) && AuthorizedHttp.isEventStream(response)) {
                    stream.completion().whenComplete((done, broken) -> streamEnded(id, stream, reader, broken, attempt));
                } else {
                    streams.remove(id, stream);
                    fail(id, new HttpStatusException("Resuming the response stream of request " + id,
                            response.status(), response.headers(), response.body()));
                }
            });
        } catch (IOException | RuntimeException e) {
            fail(id, e);
        }
    }

    /** Bad data and oversized events mean a broken server, not a broken network: resuming would not help. */
    private static boolean isResumable(Throwable broken) {
        for (Throwable t = broken; t != null; t = t.getCause()) {
            if (t instanceof MessageDecoder.MalformedMessageException || t instanceof SseDecodingException
                    || t instanceof TimeoutException) {
                return false;
            }
        }
        return true;
    }

    // ---- notifications and responses ------------------------------------------------------------------

    private void postOther(JsonRpcMessage message, CompletableFuture<Void> accepted) throws IOException, InterruptedException {
        ClientRequest request = withCommonHeaders(ClientRequest.post(endpoint, "application/json", decoder.encode(message))
                .withHeader("Accept", ACCEPT_BOTH), message);
        HttpResponse response = http.exchange(request, options.requestTimeout());
        if (AuthorizedHttp.isSuccess(response.status())) {
            accepted.complete(null); // a body, if any, answers nothing we sent: notifications have no response
        } else {
            String kind = message instanceof JsonRpcResponse ? "response" : "notification";
            accepted.completeExceptionally(new HttpStatusException("POST of a " + kind, response.status(),
                    response.headers(), response.body()));
        }
    }

    // ---- shared ---------------------------------------------------------------------------------------

    ClientRequest withCommonHeaders(ClientRequest request, JsonRpcMessage message) {
        ClientRequest result = request;
        String session = sessionId;
        if (session != null) {
            result = result.withHeader(McpHttpHeaders.SESSION_ID, session);
        }
        String version = protocolVersion;
        if (version != null) {
            result = result.withHeader(McpHttpHeaders.PROTOCOL_VERSION, version);
        }
        if (message != null) {
            for (Map.Entry<String, String> header : options.messageHeaders().apply(message).entrySet()) {
                result = result.withHeader(header.getKey(), header.getValue());
            }
        }
        return result;
    }

    private void rememberSession(HttpResponse response) {
        String issued = response.header(McpHttpHeaders.SESSION_ID);
        if (issued != null && sessionId == null && !options.stateless()) {
            sessionId = issued;
        }
    }

    void deliver(JsonRpcMessage message) {
        if (message instanceof JsonRpcResponse response && response.id() != null) {
            awaiting.remove(response.id());
        }
        InboundListener inbound = listener;
        if (inbound != null && !closed) {
            inbound.onMessage(message);
        }
    }

    private void fail(JsonRpcId id, Throwable cause) {
        if (awaiting.remove(id)) {
            InboundListener inbound = listener;
            if (inbound != null) {
                inbound.onRequestFailed(id, cause);
            }
        }
    }

    void runAsync(Runnable task) {
        try {
            threads.workers().execute(task);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "Transport closed; dropping work");
        }
    }

    void schedule(Runnable task, long delayMillis) {
        try {
            threads.timer().schedule(() -> runAsync(task), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "Transport closed; not reconnecting");
        }
    }

    URI endpoint() {
        return endpoint;
    }

    AuthorizedHttp http() {
        return http;
    }

    MessageDecoder decoder() {
        return decoder;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        standalone.close();
        streams.values().forEach(EventStream::cancel);
        streams.clear();
        if (sessionId != null && !options.stateless()) {
            endSession();
        }
        http.close();
        threads.shutdown();
        InboundListener inbound = listener;
        if (inbound != null) {
            inbound.onClosed(null);
        }
    }

    /** DELETE the session, best effort: the server may not support it, and closing must not hang. */
    private void endSession() {
        try {
            http.exchange(withCommonHeaders(ClientRequest.delete(endpoint), null), Duration.ofSeconds(2));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Could not end the session: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
