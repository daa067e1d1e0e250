package io.agentwire.interop;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A push notification receiver on 127.0.0.1: records every POST (headers and body) and answers 200. At most 64
 * deliveries are kept; a test waits for the one it expects.
 */
final class WebhookSink implements AutoCloseable {
    /** One received notification; header names are lower case. */
    record Delivery(Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final LinkedBlockingQueue<Delivery> received = new LinkedBlockingQueue<>(64);

    WebhookSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                    String.join(",", values)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.offer(new Delivery(headers, body));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Waits for a delivery that matches, keeping the ones seen before it; fails after {@code timeout}. */
    Delivery await(Predicate<Delivery> wanted, Duration timeout) throws InterruptedException {
        List<Delivery> seen = awaitUntil(wanted, timeout);
        return seen.get(seen.size() - 1);
    }

    /**
     * Every delivery in arrival order up to and including the first that matches; fails after {@code timeout}.
     * Senders post one task's events one after another, so arrival order is their order.
     */
    List<Delivery> awaitUntil(Predicate<Delivery> last, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Delivery> seen = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Delivery next = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no matching push notification within " + timeout + "; received " + seen);
            }
            seen.add(next);
            if (last.test(next)) {
                return seen;
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
