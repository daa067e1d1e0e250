package io.agentwire.jsonrpc.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NettyHttpServerTest {
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private NettyHttpServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        worker.shutdownNow();
    }

    private int start(NettyHttpServer.Builder builder) throws InterruptedException {
        server = builder.build().start();
        return server.port();
    }

    private static void echo(HttpExchange ex) {
        String text = ex.method() + " " + ex.path() + " " + ex.query() + " " + ex.header("x-test") + " "
                + new String(ex.body(), StandardCharsets.UTF_8);
        ex.respond(200, Map.of("Content-Type", "text/plain"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static String post(String path, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Test: yes\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body;
    }

    @Test
    void answersRequestWithContentLengthAndDecodedPath() throws Exception {
        int port = start(NettyHttpServer.builder().handler(NettyHttpServerTest::echo));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            RawHttpConnection.Response r = c.send(post("/a%20b?x=1&y=%20", "hello")).readResponse();
            assertEquals(200, r.status());
            assertEquals("POST /a b x=1&y=%20 yes hello", r.body());
            assertEquals(String.valueOf(r.body().length()), r.header("content-length"));
            assertEquals("text/plain", r.header("content-type"));
        }
        assertTrue(server.localAddress().getAddress().isLoopbackAddress());
    }

    @Test
    void keepAliveConnectionServesSeveralRequests() throws Exception {
        int port = start(NettyHttpServer.builder().handler(NettyHttpServerTest::echo));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            for (int i = 0; i < 5; i++) {
                assertEquals("POST /" + i + "  yes body" + i, c.send(post("/" + i, "body" + i)).readResponse().body());
            }
            RawHttpConnection.Response last = c.send("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").readResponse();
            assertEquals("close", last.header("connection"));
            assertTrue(c.isClosedByPeer());
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderEvenWhenTheFirstIsSlow() throws Exception {
        int port = start(NettyHttpServer.builder().handler(ex -> {
            if (ex.path().equals("/slow")) {
                worker.schedule(() -> echo(ex), 300, TimeUnit.MILLISECONDS); // answered from another thread
            } else {
                echo(ex);
            }
        }));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            c.send(post("/slow", "1") + post("/fast", "2") + post("/fast", "3"));
            assertEquals("POST /slow  yes 1", c.readResponse().body());
            assertEquals("POST /fast  yes 2", c.readResponse().body());
            assertEquals("POST /fast  yes 3", c.readResponse().body());
        }
    }

    @Test
    void oversizedBodyGets413() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        int port = start(NettyHttpServer.builder().maxBodyBytes(16).handler(ex -> {
            handled.incrementAndGet();
            echo(ex);
        }));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            RawHttpConnection.Response r = c.send(post("/big", "x".repeat(17))).readResponse();
            assertEquals(413, r.status());
        }
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            c.send("POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n"
                    + "x".repeat(16) + "\r\n10\r\n" + "y".repeat(16) + "\r\n0\r\n\r\n");
            assertEquals(413, c.readResponse().status());
        }
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            assertEquals(200, c.send(post("/ok", "x".repeat(16))).readResponse().status());
        }
        assertEquals(1, handled.get());
    }

    @Test
    void malformedRequestLineGets400AndClose() throws Exception {
        int port = start(NettyHttpServer.builder().handler(NettyHttpServerTest::echo));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            RawHttpConnection.Response r = c.send("GARBAGE\u0001 / NOT-HTTP\r\n\r\n").readResponse();
            assertEquals(400, r.status());
            assertTrue(c.isClosedByPeer());
        }
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            assertEquals(400, c.send("GET /bad%zzpath HTTP/1.1\r\nHost: x\r\n\r\n").readResponse().status());
            assertTrue(c.isClosedByPeer());
        }
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            c.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n");
            assertEquals(400, c.readResponse().status());
            assertTrue(c.isClosedByPeer());
        }
    }

    @Test
    void stalledUploadIsDroppedWith408AfterReadTimeout() throws Exception {
        int port = start(NettyHttpServer.builder().readTimeout(Duration.ofMillis(300)).handler(NettyHttpServerTest::echo));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            long started = System.nanoTime();
            c.send("POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly a part");
            RawHttpConnection.Response r = c.readResponse();
            assertEquals(408, r.status());
            assertTrue(c.isClosedByPeer());
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(elapsedMillis >= 250 && elapsedMillis < 4000, "took " + elapsedMillis + " ms");
        }
    }

    @Test
    void idleKeepAliveConnectionIsClosedSilently() throws Exception {
        int port = start(NettyHttpServer.builder().readTimeout(Duration.ofMillis(300)).handler(NettyHttpServerTest::echo));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            assertEquals(200, c.send(post("/", "x")).readResponse().status());
            assertEquals(null, c.readLine(), "expected a close without any response");
        }
    }

    @Test
    void slowHandlerIsNotCutOffByReadTimeout() throws Exception {
        int port = start(NettyHttpServer.builder().readTimeout(Duration.ofMillis(200)).handler(
                ex -> worker.schedule(() -> echo(ex), 700, TimeUnit.MILLISECONDS)));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            assertEquals(200, c.send(post("/", "x")).readResponse().status());
        }
    }

    @Test
    void halfClosedClientStillGetsItsAnswer() throws Exception {
        int port = start(NettyHttpServer.builder().handler(
                ex -> worker.schedule(() -> echo(ex), 100, TimeUnit.MILLISECONDS)));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            c.send(post("/half", "closed"));
            c.shutdownOutput();
            assertEquals("POST /half  yes closed", c.readResponse().body());
            assertTrue(c.isClosedByPeer());
        }
    }

    @Test
    void handlerFailureBecomes500AndSecondAnswerIsRejected() throws Exception {
        CompletableFuture<Throwable> secondAnswer = new CompletableFuture<>();
        int port = start(NettyHttpServer.builder().handler(ex -> {
            if (ex.path().equals("/boom")) {
                throw new IllegalStateException("boom");
            }
            echo(ex);
            try {
                echo(ex);
                secondAnswer.complete(null);
            } catch (IllegalStateException expected) {
                secondAnswer.complete(expected);
            }
        }));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            assertEquals(500, c.send(post("/boom", "")).readResponse().status());
            assertEquals(200, c.send(post("/twice", "")).readResponse().status());
        }
        assertTrue(secondAnswer.get(5, TimeUnit.SECONDS) instanceof IllegalStateException);
    }

    @Test
    void rejectsHeaderInjectionOnTheCallingThread() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int port = start(NettyHttpServer.builder().handler(ex -> {
            try {
                ex.respond(200, Map.of("X-Bad", "a\r\nSet-Cookie: evil"), new byte[0]);
            } catch (IllegalArgumentException e) {
                failure.set(e);
                ex.respond(500, Map.of(), new byte[0]);
            }
        }));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            RawHttpConnection.Response r = c.send(post("/", "")).readResponse();
            assertEquals(500, r.status());
            assertEquals(null, r.header("set-cookie"));
        }
        assertTrue(failure.get() instanceof IllegalArgumentException);
    }

    @Test
    void http10ClientGetsConnectionClose() throws Exception {
        int port = start(NettyHttpServer.builder().handler(NettyHttpServerTest::echo));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            RawHttpConnection.Response r = c.send("GET /old HTTP/1.0\r\n\r\n").readResponse();
            assertEquals(200, r.status());
            assertTrue(c.isClosedByPeer());
        }
    }

    @Test
    void sseStreamWritesHeadersAndEventsAsChunks() throws Exception {
        CompletableFuture<SseStream> opened = new CompletableFuture<>();
        int port = start(NettyHttpServer.builder().handler(ex -> opened.complete(ex.openSse(200, Map.of("Mcp-Session-Id", "s1")))));
        try (RawHttpConnection c = new RawHttpConnection(port)) {
            c.send("GET /sse HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n");
            SseStream stream = opened.get(5, TimeUnit.SECONDS);
            assertEquals("HTTP/1.1 200 OK", c.readLine());
            Map<String, String> headers = new java.util.HashMap<>();
            for (String line = c.readLine(); !line.isEmpty(); line = c.readLine()) {
                headers.put(line.substring(0, line.indexOf(':')).toLowerCase(java.util.Locale.ROOT),
                        line.substring(line.indexOf(':') + 1).trim());
            }
            assertEquals("text/event-stream", headers.get("content-type"));
            assertEquals("no-cache", headers.get("cache-control"));
            assertEquals("no", headers.get("x-accel-buffering"));
            assertEquals("chunked", headers.get("transfer-encoding"));
            assertEquals("s1", headers.get("mcp-session-id"));

            stream.send(io.agentwire.jsonrpc.transport.sse.SseEvent.message("1", "first")).toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertEquals(Integer.toHexString("id: 1\ndata: first\n\n".length()), c.readLine());
            assertEquals("id: 1", c.readLine());
            assertEquals("data: first", c.readLine());
            stream.close();
            stream.close(); // idempotent
            assertFalse(stream.isOpen());
            assertEquals("", c.readLine());
            assertEquals("", c.readLine());
            assertEquals("0", c.readLine()); // last chunk
            assertThrows(java.util.concurrent.ExecutionException.class, () -> stream.send(
                    io.agentwire.jsonrpc.transport.sse.SseEvent.message("late")).toCompletableFuture().get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void onCloseCallbacksFireOnceWhenClientDisconnects() throws Exception {
        CountDownLatch exchangeClosed = new CountDownLatch(1);
        CountDownLatch streamClosed = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<SseStream> opened = new CompletableFuture<>();
        int port = start(NettyHttpServer.builder().handler(ex -> {
            ex.onClose(() -> {
                calls.incrementAndGet();
                exchangeClosed.countDown();
            });
            SseStream stream = ex.openSse(200, Map.of());
            stream.onClose(() -> {
                calls.incrementAndGet();
                streamClosed.countDown();
            });
            opened.complete(stream);
        }));
        RawHttpConnection c = new RawHttpConnection(port);
        c.send("GET /sse HTTP/1.1\r\nHost: x\r\n\r\n");
        SseStream stream = opened.get(5, TimeUnit.SECONDS);
        c.close();
        assertTrue(exchangeClosed.await(5, TimeUnit.SECONDS));
        assertTrue(streamClosed.await(5, TimeUnit.SECONDS));
        stream.close(); // after the peer left: no second callback
        CountDownLatch late = new CountDownLatch(1);
        stream.onClose(late::countDown); // registered after the end: runs at once
        assertTrue(late.await(1, TimeUnit.SECONDS));
        Thread.sleep(100);
        assertEquals(2, calls.get());
        assertFalse(stream.isOpen());
    }

    @Test
    void sharedEventLoopGroupIsLeftRunning() throws Exception {
        io.netty.channel.EventLoopGroup group = new io.netty.channel.MultiThreadIoEventLoopGroup(1,
                io.netty.channel.nio.NioIoHandler.newFactory());
        try {
            for (int round = 0; round < 2; round++) {
                NettyHttpServer shared = NettyHttpServer.builder().eventLoopGroup(group).handler(NettyHttpServerTest::echo).build().start();
                try (RawHttpConnection c = new RawHttpConnection(shared.port())) {
                    assertEquals(200, c.send(post("/", "")).readResponse().status());
                } finally {
                    shared.close();
                }
            }
            assertFalse(group.isShuttingDown());
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }
}
