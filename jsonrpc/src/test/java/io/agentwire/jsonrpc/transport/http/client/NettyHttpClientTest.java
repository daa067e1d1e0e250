package io.agentwire.jsonrpc.transport.http.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.NettyHttpServer;
import io.agentwire.jsonrpc.transport.http.SseStream;
import io.agentwire.jsonrpc.transport.sse.SseEvent;

class NettyHttpClientTest {
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private NettyHttpServer server;
    private NettyHttpClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private URI startServer(io.agentwire.jsonrpc.transport.http.HttpHandler handler) throws InterruptedException {
        server = NettyHttpServer.builder().handler(ex -> {
            clientPorts.add(ex.remoteAddress().getPort());
            handler.handle(ex);
        }).build().start();
        return URI.create("http://127.0.0.1:" + server.port() + "/mcp");
    }

    private static void echo(HttpExchange ex) {
        ex.respond(200, Map.of("Content-Type", "text/plain", "X-Method", ex.method()), ex.body());
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void sequentialRequestsReuseOnePooledConnection() throws Exception {
        URI uri = startServer(NettyHttpClientTest::echo);
        client = NettyHttpClient.builder().build();
        for (int i = 0; i < 5; i++) {
            HttpResponse response = await(client.send(ClientRequest.post(uri, "text/plain", ("m" + i).getBytes(StandardCharsets.UTF_8))));
            assertEquals(200, response.status());
            assertEquals("m" + i, response.bodyAsString());
            assertEquals("POST", response.header("X-METHOD"));
        }
        assertEquals(1, clientPorts.size(), "connections used: " + clientPorts);
    }

    @Test
    void poolIsBoundedPerHost() throws Exception {
        URI uri = startServer(ex -> ex.respond(204, Map.of(), new byte[0]));
        client = NettyHttpClient.builder().maxConnectionsPerHost(2).build();
        List<CompletableFuture<HttpResponse>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(client.send(ClientRequest.get(uri)));
        }
        for (CompletableFuture<HttpResponse> f : all) {
            assertEquals(204, await(f).status());
        }
        assertTrue(clientPorts.size() <= 2, "connections used: " + clientPorts);
    }

    @Test
    void refusedConnectionFailsFast() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        client = NettyHttpClient.builder().build();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> await(client.send(ClientRequest.get(URI.create("http://127.0.0.1:" + freePort + "/")))));
        assertInstanceOf(ConnectException.class, e.getCause(), e.getCause().toString());
    }

    @Test
    void timeoutFailsRequestAndDoesNotReuseTheConnection() throws Exception {
        URI uri = startServer(ex -> {
            if (!ex.path().equals("/never")) {
                echo(ex);
            }
        });
        client = NettyHttpClient.builder().requestTimeout(Duration.ofMillis(300)).build();
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(client.send(ClientRequest.get(uri.resolve("/never")))));
        assertInstanceOf(TimeoutException.class, e.getCause());
        assertEquals(200, await(client.send(ClientRequest.get(uri))).status());
        assertEquals(2, clientPorts.size(), "the timed-out connection must not be reused");
    }

    @Test
    void oversizedResponseFailsAndClientStaysHealthy() throws Exception {
        URI uri = startServer(ex -> ex.respond(200, Map.of(), new byte[ex.path().equals("/big") ? 2048 : 10]));
        client = NettyHttpClient.builder().maxResponseBytes(1024).build();
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(client.send(ClientRequest.get(uri.resolve("/big")))));
        assertInstanceOf(HttpClientException.class, e.getCause());
        assertEquals(10, await(client.send(ClientRequest.get(uri))).body().length);
    }

    @Test
    void truncatedResponseFailsAndNextRequestUsesFreshConnection() throws Exception {
        try (ScriptedServer raw = new ScriptedServer()) {
            raw.script.add("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b");
            raw.script.add("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            client = NettyHttpClient.builder().build();
            URI uri = URI.create("http://127.0.0.1:" + raw.port() + "/");
            ExecutionException e = assertThrows(ExecutionException.class, () -> await(client.send(ClientRequest.get(uri))));
            assertInstanceOf(HttpClientException.class, e.getCause());
            assertEquals("ok", await(client.send(ClientRequest.get(uri))).bodyAsString());
            assertTrue(raw.connections.await(5, TimeUnit.SECONDS), "the broken connection must not be reused");
        }
    }

    @Test
    void malformedResponseFails() throws Exception {
        try (ScriptedServer raw = new ScriptedServer()) {
            raw.script.add("NOT HTTP AT ALL\r\n\r\n");
            client = NettyHttpClient.builder().build();
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> await(client.send(ClientRequest.get(URI.create("http://127.0.0.1:" + raw.port() + "/")))));
            assertInstanceOf(HttpClientException.class, e.getCause());
        }
    }

    @Test
    void rejectsNonHttpUris() throws Exception {
        client = NettyHttpClient.builder().build();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> await(client.send(ClientRequest.get(URI.create("ftp://127.0.0.1/")))));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void eventStreamDeliversEachEventBeforeTheNextIsSent() throws Exception {
        CompletableFuture<SseStream> opened = new CompletableFuture<>();
        URI uri = startServer(ex -> {
            if ("text/event-stream".equals(ex.header("Accept"))) {
                opened.complete(ex.openSse(200, Map.of()));
            } else {
                ex.respond(204, Map.of(), new byte[0]);
            }
        });
        client = NettyHttpClient.builder().build();
        BlockingQueue<SseEvent> received = new LinkedBlockingQueue<>();
        EventStream events = client.stream(ClientRequest.get(uri).withHeader("Accept", "text/event-stream"), received::add);
        HttpResponse head = await(events.response());
        assertEquals(200, head.status());
        assertEquals("text/event-stream", head.header("content-type"));
        SseStream stream = opened.get(5, TimeUnit.SECONDS);

        for (int i = 1; i <= 3; i++) {
            stream.send(new SseEvent(String.valueOf(i), null, "event " + i, null));
            // Only after the client has seen event i does the server send event i + 1.
            SseEvent event = received.poll(5, TimeUnit.SECONDS);
            assertEquals(new SseEvent(String.valueOf(i), null, "event " + i, null), event);
        }
        assertEquals("3", events.lastEventId());
        stream.close();
        await(events.completion());
        // The stream ended cleanly, so its connection is reused.
        assertEquals(204, await(client.send(ClientRequest.get(uri))).status());
        assertEquals(1, clientPorts.size());
    }

    @Test
    void cancellingAStreamClosesTheConnectionAndServerSeesIt() throws Exception {
        CountDownLatch serverSawClose = new CountDownLatch(1);
        URI uri = startServer(ex -> {
            if (ex.path().equals("/mcp")) {
                SseStream stream = ex.openSse(200, Map.of());
                stream.onClose(serverSawClose::countDown);
                stream.send(SseEvent.message("hello"));
            } else {
                echo(ex);
            }
        });
        client = NettyHttpClient.builder().build();
        CompletableFuture<SseEvent> first = new CompletableFuture<>();
        EventStream events = client.stream(ClientRequest.get(uri), first::complete);
        assertEquals("hello", await(first).data());
        events.cancel();
        assertThrows(CancellationException.class, () -> await(events.completion()));
        assertTrue(serverSawClose.await(5, TimeUnit.SECONDS));
        assertEquals(200, await(client.send(ClientRequest.get(uri.resolve("/other")))).status());
        assertEquals(2, clientPorts.size(), "a cancelled stream's connection must not be reused");
    }

    @Test
    void streamingModeReadsOrdinaryResponsesCompletely() throws Exception {
        URI uri = startServer(ex -> ex.respond(200, Map.of("Content-Type", "application/json"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        client = NettyHttpClient.builder().build();
        EventStream events = client.stream(ClientRequest.get(uri), e -> {
            throw new AssertionError("no events expected");
        });
        HttpResponse response = await(events.response());
        assertEquals("{\"a\":1}", response.bodyAsString());
        await(events.completion());
    }

    @Test
    void oversizedEventFailsTheStream() throws Exception {
        URI uri = startServer(ex -> ex.openSse(200, Map.of()).send(SseEvent.message("x".repeat(200))));
        client = NettyHttpClient.builder().maxEventBytes(100).build();
        EventStream events = client.stream(ClientRequest.get(uri), e -> { });
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(events.completion()));
        assertInstanceOf(io.agentwire.jsonrpc.transport.sse.SseEventTooLargeException.class, e.getCause());
    }

    @Test
    void requestOnAConnectionTheServerDroppedWhileIdleGoesOutAgainOnAFreshOne() throws Exception {
        String ok = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\n";
        try (ServerSocket listener = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(5000);
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (Socket first = listener.accept()) {
                    ScriptedServer.readHead(first.getInputStream());
                    first.getOutputStream().write((ok + "one").getBytes(StandardCharsets.ISO_8859_1));
                    // The next request arrives on the kept-alive connection, which the server then drops unanswered,
                    // as a server does when its idle timeout fires just as the client reuses the connection.
                    ScriptedServer.readHead(first.getInputStream());
                    first.setSoLinger(true, 0);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                try (Socket second = listener.accept()) {
                    ScriptedServer.readHead(second.getInputStream());
                    second.getOutputStream().write((ok + "two").getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
            client = NettyHttpClient.builder().build();
            assertEquals("one", await(client.send(ClientRequest.get(uri))).bodyAsString());
            assertEquals("two", await(client.send(ClientRequest.get(uri))).bodyAsString());
            await(served);
        }
    }

    /** A socket server that answers each request with the next canned response and then closes. */
    private static final class ScriptedServer implements AutoCloseable {
        final BlockingQueue<String> script = new LinkedBlockingQueue<>();
        final CountDownLatch connections = new CountDownLatch(2);
        private final ServerSocket socket;
        private final Thread acceptor;

        ScriptedServer() throws IOException {
            socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::serve, "scripted-http-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    connections.countDown();
                    connection.setSoTimeout(5000);
                    readHead(connection.getInputStream());
                    String answer = script.poll(5, TimeUnit.SECONDS);
                    if (answer == null) {
                        return;
                    }
                    OutputStream out = connection.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }

        private static void readHead(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            for (int b = in.read(); b != -1; b = in.read()) {
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == 4) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
