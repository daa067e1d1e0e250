package io.agentwire.a2a.client;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.jsonrpc.transport.sse.SseDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the two HTTP bindings share on the client side: the JDK client, the service-parameter headers
 * ({@code A2A-Version: 1.0} on every request, {@code A2A-Extensions}, {@code Authorization}), timeouts, and reading
 * an event stream with the WHATWG decoder on a worker thread.
 */
final class HttpCalls {
    /** The largest unary response the client reads; the server side accepts requests of up to 4 MiB. */
    static final int MAX_RESPONSE_BYTES = 16 << 20;
    private final HttpClient http;
    private final Duration timeout;
    private final Supplier<String> authorization;
    private final List<String> extensions;
    private final Executor workers;
    private final String version;

    HttpCalls(HttpClient http, Duration timeout, Supplier<String> authorization, List<String> extensions, Executor workers) {
        this(http, timeout, authorization, extensions, workers, "1.0");
    }

    private HttpCalls(HttpClient http, Duration timeout, Supplier<String> authorization, List<String> extensions,
            Executor workers, String version) {
        this.version = version;
        this.http = http;
        this.timeout = timeout;
        this.authorization = authorization;
        this.extensions = List.copyOf(extensions);
        this.workers = workers;
    }

    /** The same calls announcing another protocol version in {@code A2A-Version}. */
    HttpCalls withVersion(String value) {
        return new HttpCalls(http, timeout, authorization, extensions, workers, value);
    }

    HttpRequest.Builder request(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("A2A-Version", version);
        headers.forEach(request::header);
        if (!extensions.isEmpty()) {
            request.header("A2A-Extensions", String.join(",", extensions));
        }
        String auth = authorization == null ? null : authorization.get();
        if (auth != null && !auth.isEmpty()) {
            request.header("Authorization", auth);
        }
        return request;
    }

    /** A request of the REST bindings: {@code body} (JSON of {@code contentType}) when not {@code null}, else none. */
    HttpRequest request(URI uri, Map<String, String> headers, String method, String contentType, String body) {
        HttpRequest.Builder builder = request(uri, headers);
        if (body != null) {
            builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    /** The body of a 2xx answer; any other answer is thrown as the exception {@code failure} makes of it. */
    String sendForBody(HttpRequest request, Function<HttpResponse<String>, A2aException> failure) {
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw failure.apply(response);
        }
        return response.body();
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, BoundedBody.handler(MAX_RESPONSE_BYTES));
        } catch (IOException e) {
            throw new A2aException(A2aError.INTERNAL_ERROR, "A2A request to " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new A2aException(A2aError.INTERNAL_ERROR, "Interrupted calling " + request.uri(), e);
        }
    }

    /**
     * Sends a streaming request; a {@code text/event-stream} answer is decoded event by event into {@code events}
     * through {@code decode}; any other answer is an error, turned into an exception by {@code failure}.
     */
    CompletableFuture<Void> stream(HttpRequest request, Function<String, StreamResponse> decode, Consumer<StreamResponse> events,
                                   Function<HttpResponse<String>, A2aException> failure) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).whenComplete((response, error) -> {
            if (error != null) {
                done.completeExceptionally(new A2aException(A2aError.INTERNAL_ERROR, "A2A stream to " + request.uri()
                        + " failed: " + error.getMessage(), error));
                return;
            }
            workers.execute(() -> read(response, decode, events, failure, done));
        });
        return done;
    }

    private static void read(HttpResponse<InputStream> response, Function<String, StreamResponse> decode,
                             Consumer<StreamResponse> events, Function<HttpResponse<String>, A2aException> failure,
                             CompletableFuture<Void> done) {
        try (InputStream body = response.body()) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/event-stream")) {
                String text = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                done.completeExceptionally(failure.apply(new StringResponse(response, text)));
                return;
            }
            SseDecoder decoder = new SseDecoder(event -> events.accept(decode.apply(event.data())));
            byte[] buffer = new byte[16 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                decoder.feed(buffer, 0, n);
            }
            decoder.end();
            done.complete(null);
        } catch (A2aException e) {
            done.completeExceptionally(e);
        } catch (IOException | RuntimeException e) {
            done.completeExceptionally(new A2aException(A2aError.INTERNAL_ERROR, "The event stream broke: " + e.getMessage(), e));
        }
    }

    /** A streaming response whose body turned out not to be a stream, read whole for the error path. */
    private static final class StringResponse implements HttpResponse<String> {
        private final HttpResponse<InputStream> original;
        private final String body;

        StringResponse(HttpResponse<InputStream> original, String body) {
            this.original = original;
            this.body = body;
        }

        @Override
        public int statusCode() {
            return original.statusCode();
        }

        @Override
        public HttpRequest request() {
            return original.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return original.headers();
        }

        @Override
        public String body() {
            return body;
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return original.sslSession();
        }

        @Override
        public URI uri() {
            return original.uri();
        }

        @Override
        public HttpClient.Version version() {
            return original.version();
        }
    }
}
