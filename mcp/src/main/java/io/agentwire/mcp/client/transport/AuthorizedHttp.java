package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.transport.http.client.ClientRequest;
import io.agentwire.jsonrpc.transport.http.client.HttpResponse;
import io.agentwire.jsonrpc.transport.http.client.NettyHttpClient;
import io.agentwire.mcp.auth.ClientAuthorizer;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The HTTP client of a transport with the authorizer wired in: credentials before every request, and a retry
 * after each 401/403 for which the authorizer obtained new ones. The authorizer bounds its own loops (a token,
 * then a DPoP nonce, then step-up scopes may each take a round); {@link #MAX_AUTH_RETRIES} is only a backstop.
 */
final class AuthorizedHttp implements AutoCloseable {
    /** Backstop against an authorizer that keeps asking for retries. */
    static final int MAX_AUTH_RETRIES = 5;

    private final NettyHttpClient http;
    private final ClientAuthorizer authorizer;

    AuthorizedHttp(HttpTransportOptions options) {
        this.authorizer = options.authorizer();
        this.http = NettyHttpClient.builder()
                .requestTimeout(options.requestTimeout().plusSeconds(5))
                .maxResponseBytes(options.maxMessageBytes())
                .maxEventBytes(options.maxMessageBytes())
                .maxConnectionsPerHost(64)
                .ioThreads(1)
                .build();
    }

    NettyHttpClient client() {
        return http;
    }

    /** The request with the authorizer's current credentials. May block while the authorizer works. */
    ClientRequest authorize(ClientRequest request) throws IOException {
        ClientRequest result = request;
        for (Map.Entry<String, String> header : authorizer.headers(request.method(), request.uri()).entrySet()) {
            result = result.withHeader(header.getKey(), header.getValue());
        }
        return result;
    }

    /** Whether a refused request should be sent again with fresh credentials. */
    boolean shouldRetry(HttpResponse response, ClientRequest request) throws IOException {
        int status = response.status();
        return (status == 401 || status == 403)
                && authorizer.challenged(status, response.headers(), request.method(), request.uri());
    }

    /** Sends and reads a complete response, retrying while the authorizer has new credentials. Blocking. */
    HttpResponse exchange(ClientRequest unauthorized, Duration timeout) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            ClientRequest request = authorize(unauthorized);
            HttpResponse response = await(http.send(timeout == null ? request : request.withTimeout(timeout)));
            if (attempt >= MAX_AUTH_RETRIES || !shouldRetry(response, request)) {
                return response;
            }
        }
    }

    static <T> T await(CompletableFuture<T> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw asIo(e.getCause());
        }
    }

    static IOException asIo(Throwable failure) {
        Throwable cause = failure;
        if (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
    }

    static boolean isSuccess(int status) {
        return status / 100 == 2;
    }

    static boolean isEventStream(HttpResponse response) {
        String type = response.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }

    @Override
    public void close() {
        http.close();
    }
}
