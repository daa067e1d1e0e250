package io.agentwire.jsonrpc.transport.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class NdjsonTcpTest {
    @Test
    void echoesLinesAndSurvivesTooLongLine() throws Exception {
        NdjsonHandler echo = new NdjsonHandler() {
            @Override
            public void onLine(NdjsonConnection connection, byte[] json) {
                connection.send(json);
            }

            @Override
            public void onLineTooLong(NdjsonConnection connection, NdjsonLineTooLongException error) {
                connection.send("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"too long\"}}"
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        CountDownLatch clientClosed = new CountDownLatch(1);
        NdjsonHandler collector = new NdjsonHandler() {
            @Override
            public void onLine(NdjsonConnection connection, byte[] json) {
                replies.add(new String(json, StandardCharsets.UTF_8));
            }

            @Override
            public void onClose(NdjsonConnection connection) {
                clientClosed.countDown();
            }
        };
        try (NdjsonTcpServer server = NdjsonTcpServer.start("127.0.0.1", 0, 64, echo)) {
            try (NdjsonTcpClient client = NdjsonTcpClient.connect("127.0.0.1", server.port(), 1024, collector)) {
                NdjsonConnection connection = client.connection();
                assertTrue(connection.isOpen());
                connection.send("{\"n\":1}".getBytes(StandardCharsets.UTF_8));
                connection.send(("{\"big\":\"" + "b".repeat(100) + "\"}").getBytes(StandardCharsets.UTF_8));
                connection.send("{\"n\":2}".getBytes(StandardCharsets.UTF_8));
                assertEquals("{\"n\":1}", replies.poll(5, TimeUnit.SECONDS));
                assertTrue(replies.poll(5, TimeUnit.SECONDS).contains("-32600"));
                assertEquals("{\"n\":2}", replies.poll(5, TimeUnit.SECONDS));
            }
            assertTrue(clientClosed.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void connectingToAClosedPortFails() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        assertThrows(ConnectException.class, () -> NdjsonTcpClient.connect("127.0.0.1", freePort, 1024, (c, json) -> { }));
    }
}
