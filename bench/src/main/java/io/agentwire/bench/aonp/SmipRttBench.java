package io.agentwire.bench.aonp;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.AonpListener;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.smip.Payload;
import io.agentwire.aonp.smip.SmipClient;
import io.agentwire.aonp.smip.SmipConnector;
import io.agentwire.aonp.smip.SmipLinks;
import io.agentwire.aonp.smip.SmipOptions;
import io.agentwire.aonp.smip.SmipServer;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.transport.tcp.TcpNodeClient;
import io.agentwire.aonp.transport.tcp.TcpNodeServer;

/**
 * SMIP invocation round trips against an echo service, one at a time (latency) and many at once (throughput),
 * beside the same request and answer through a plain loopback socket: the floor any protocol on TCP stands on.
 */
public final class SmipRttBench {
    /** An MCP {@code tools/call} request, the typical invocation payload. */
    static final byte[] REQUEST = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":"
            + "\"echo\",\"arguments\":{\"text\":\"hello\"}}}").getBytes(StandardCharsets.UTF_8);
    private static final Handshake HANDSHAKE = new Handshake("bench", List.of("smip", "m2tp"), 1 << 20, 120_000);
    private static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofSeconds(10),
            Duration.ofSeconds(120), 64L << 20, Duration.ofSeconds(60));
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(10);

    private SmipRttBench() {
    }

    /**
     * One row per path.
     *
     * @param p50Nanos   median round trip, one invocation outstanding
     * @param perSecond  completed invocations per second with {@code concurrency} outstanding (0 for the socket)
     */
    public record Result(String name, long p50Nanos, long p99Nanos, double perSecond, String baseline) {
    }

    /** Runs every path: {@code warmup} then {@code count} sequential round trips, then the concurrent phase. */
    public static List<Result> run(int warmup, int count, int concurrency, Consumer<String> log) throws Exception {
        List<Result> results = new ArrayList<>();
        log.accept("raw TCP socket echo ...");
        results.add(socketEcho(warmup, count));
        SmipServer smip = new SmipServer(invocation -> invocation.complete(invocation.request()),
                SmipOptions.DEFAULTS.withMaxInvocations(Math.max(1_024, concurrency)), Runnable::run, peer -> "");
        try (smip) {
            log.accept("SMIP over TCP ...");
            try (TcpNodeServer server = TcpNodeServer.bind("127.0.0.1", 0, HANDSHAKE, smip.handlers(), LIMITS);
                    TcpNodeClient tcp = new TcpNodeClient(HANDSHAKE, LIMITS)) {
                results.add(smip("SMIP over TCP", SmipConnector.tcp(tcp, "127.0.0.1", server.port(), null),
                        warmup, count, concurrency));
            }
            log.accept("SMIP over QUIC (kwik) ...");
            try (AonpListener node = AonpListener.bind(List.of(new NodeAddress(true, "127.0.0.1", 0)), HANDSHAKE,
                    SmipLinks.serve(smip, null), LIMITS, null);
                    AonpConnector connector = new AonpConnector(HANDSHAKE, LIMITS, null)) {
                results.add(smip("SMIP over QUIC", SmipLinks.connector(connector, node.addresses().get(0)),
                        warmup, count, concurrency));
            }
        }
        return results;
    }

    private static Result smip(String name, SmipConnector connector, int warmup, int count, int concurrency)
            throws Exception {
        try (SmipClient client = SmipClient.open(connector, SmipOptions.DEFAULTS).get(30, TimeUnit.SECONDS)) {
            Payload request = Payload.of(Payload.JSON, REQUEST);
            for (int i = 0; i < warmup; i++) {
                client.invoke(request).result().get(10, TimeUnit.SECONDS);
            }
            Histogram histogram = new Histogram(1, MAX_NANOS, 3);
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                client.invoke(request).result().get(10, TimeUnit.SECONDS);
                histogram.recordValue(Math.min(MAX_NANOS, System.nanoTime() - start));
            }
            double perSecond = concurrent(client, request, count, concurrency);
            return new Result(name, histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99),
                    perSecond, "raw TCP socket echo");
        }
    }

    /** Keeps {@code concurrency} invocations outstanding until {@code count} completed; returns their rate. */
    private static double concurrent(SmipClient client, Payload request, int count, int concurrency)
            throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            slots.acquire();
            client.invoke(request).result().whenComplete((answer, error) -> slots.release());
        }
        slots.acquire(concurrency);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** The same request and answer, length-prefixed, through a blocking loopback socket and an echo thread. */
    private static Result socketEcho(int warmup, int count) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread echo = new Thread(() -> echo(server, warmup + count), "raw-echo");
            echo.setDaemon(true);
            echo.start();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                socket.setTcpNoDelay(true);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] answer = new byte[REQUEST.length];
                Histogram histogram = new Histogram(1, MAX_NANOS, 3);
                for (int i = 0; i < warmup + count; i++) {
                    long start = System.nanoTime();
                    out.writeInt(REQUEST.length);
                    out.write(REQUEST);
                    out.flush();
                    in.readFully(answer, 0, in.readInt());
                    if (i >= warmup) {
                        histogram.recordValue(Math.min(MAX_NANOS, System.nanoTime() - start));
                    }
                }
                return new Result("raw TCP socket echo", histogram.getValueAtPercentile(50),
                        histogram.getValueAtPercentile(99), 0, null);
            }
        }
    }

    private static void echo(ServerSocket server, int rounds) {
        try (Socket socket = server.accept()) {
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            byte[] buffer = new byte[64 << 10];
            for (int i = 0; i < rounds; i++) {
                int length = in.readInt();
                in.readFully(buffer, 0, length);
                out.writeInt(length);
                out.write(buffer, 0, length);
                out.flush();
            }
        } catch (IOException e) {
            // the client side reports the failure
        }
    }
}
