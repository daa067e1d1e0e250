package io.agentwire.jsonrpc.transport.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class StdioTransportTest {
    private static final class Recorder implements StdioTransport.Listener {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final List<NdjsonLineTooLongException> tooLong = Collections.synchronizedList(new ArrayList<>());
        final CompletableFuture<Throwable> closed = new CompletableFuture<>();

        @Override
        public void onLine(byte[] json) {
            lines.add(new String(json, StandardCharsets.UTF_8));
        }

        @Override
        public void onLineTooLong(NdjsonLineTooLongException error) {
            tooLong.add(error);
        }

        @Override
        public void onClose(Throwable cause) {
            closed.complete(cause);
        }
    }

    @Test
    void readsLinesSkipsTooLongOnesAndReportsEndOfInput() throws Exception {
        String input = "{\"a\":1}\r\n\n" + "z".repeat(50) + "\n{\"b\":2}\n{\"last\":true}";
        Recorder recorder = new Recorder();
        StdioTransport transport = new StdioTransport(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), 20);
        transport.start(recorder);
        assertNull(recorder.closed.get(5, TimeUnit.SECONDS));
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}", "{\"last\":true}"), recorder.lines);
        assertEquals(1, recorder.tooLong.size());
        transport.close();
    }

    @Test
    void concurrentSendsNeverInterleave() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StdioTransport transport = new StdioTransport(new ByteArrayInputStream(new byte[0]), out);
        int threads = 4;
        int perThread = 200;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            String message = "{\"thread\":" + t + ",\"pad\":\"" + "p".repeat(100) + "\"}";
            Thread writer = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    transport.send(message);
                }
                done.countDown();
            });
            writer.start();
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(threads * perThread, lines.length);
        assertTrue(Arrays.stream(lines).allMatch(l -> l.startsWith("{\"thread\":") && l.endsWith("\"}")));
        assertThrows(IllegalArgumentException.class, () -> transport.send("{\n}"));
        transport.close();
        assertThrows(IllegalStateException.class, () -> transport.send("{}"));
    }

    @Test
    void closeStopsTheReaderOfABlockingStream() throws Exception {
        PipedOutputStream feeder = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feeder);
        Recorder recorder = new Recorder();
        StdioTransport transport = new StdioTransport(in, new ByteArrayOutputStream());
        transport.start(recorder);
        feeder.write("{\"x\":1}\n".getBytes(StandardCharsets.UTF_8));
        feeder.flush();
        for (int i = 0; i < 100 && recorder.lines.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertEquals(List.of("{\"x\":1}"), recorder.lines);
        transport.close();
        feeder.close();
        assertNull(recorder.closed.get(5, TimeUnit.SECONDS));
    }
}
