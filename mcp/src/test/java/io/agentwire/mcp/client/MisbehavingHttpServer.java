package io.agentwire.mcp.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A JDK HTTP server on 127.0.0.1 that speaks just enough 2026-07-28 MCP to be connected to
 * ({@code server/discover}), then answers every other request the way its {@link Behaviour} says.
 */
final class MisbehavingHttpServer implements AutoCloseable {
    /** How every request other than {@code server/discover} is answered. */
    enum Behaviour { MALFORMED_SSE, UNKNOWN_ID, OVERSIZE, NEVER_ANSWERS, SSE_WITHOUT_RESPONSE, CLOSES_STREAM_EARLY }

    private static final String DISCOVER = """
            {"jsonrpc":"2.0","id":%s,"result":{"resultType":"complete","supportedVersions":["2026-07-28"],
             "capabilities":{"tools":{}},"ttlMs":0,"cacheScope":"private"}}""";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Behaviour behaviour;

    MisbehavingHttpServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mcp", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = body.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        if (body.contains("\"server/discover\"")) {
            send(exchange, "application/json", String.format(DISCOVER, id));
            return;
        }
        switch (behaviour) {
            case MALFORMED_SSE -> send(exchange, "text/event-stream", "data: {this is not json\n\n");
            case UNKNOWN_ID -> send(exchange, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":999,\"result\":{}}");
            case OVERSIZE -> send(exchange, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":" + id
                    + ",\"result\":{\"tools\":[],\"padding\":\"" + "x".repeat(200_000) + "\"}}");
            case NEVER_ANSWERS -> awaitRelease(exchange);
            case SSE_WITHOUT_RESPONSE -> {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody().write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                awaitRelease(exchange);
            }
            case CLOSES_STREAM_EARLY -> send(exchange, "text/event-stream",
                    "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"info\",\"data\":\"hi\"}}\n\n");
            default -> throw new IllegalStateException();
        }
    }

    private void awaitRelease(HttpExchange exchange) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
