package io.agentwire.bench.a2a;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;

/**
 * Time to the first streamed event: sequential {@code SendStreamingMessage} requests on one keep-alive connection,
 * each timed from the last request byte written to the end of the first {@code data:} event read, then read to the
 * end of its chunked stream so the connection can carry the next one.
 */
final class FirstEventProbe {
    private static final byte[] EVENT_END = "\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] CHUNKED_END = "\r\n0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private FirstEventProbe() {
    }

    /** Sorted milliseconds of {@code count} measured requests after {@code warmups} unmeasured ones. */
    static double[] run(String host, int port, int warmups, int count) throws IOException {
        byte[] request = A2aRequests.sendStreamingMessage(host, port);
        double[] millis = new double[count];
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = -warmups; i < count; i++) {
                out.write(request);
                out.flush();
                long start = System.nanoTime();
                readUntil(in, EVENT_END);
                long firstEvent = System.nanoTime();
                readUntil(in, CHUNKED_END);
                if (i >= 0) {
                    millis[i] = (firstEvent - start) / 1e6;
                }
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Reads until {@code marker} has been read; fails if the stream ends first. */
    private static void readUntil(InputStream in, byte[] marker) throws IOException {
        int matched = 0;
        while (matched < marker.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the expected bytes");
            }
            matched = b == marker[matched] ? matched + 1 : (b == marker[0] ? 1 : 0);
        }
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
