package io.agentwire.bench.a2a;

import io.agentwire.bench.load.LoadConfig;
import io.agentwire.bench.load.LoadGenerator;
import io.agentwire.bench.load.LoadResult;
import io.agentwire.bench.load.RequestProfile;
import io.agentwire.bench.load.WindowObserver;
import io.agentwire.bench.server.NodeServer;
import io.agentwire.bench.server.ServerHandle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The A2A benchmark: Agentwire's agent (child JVM) and the {@code @a2a-js/sdk} agent (Node) doing the same trivial
 * work, each under the same closed-loop {@code SendMessage} load and the same first-event probe, interleaved.
 */
public final class A2aBench {
    static final String HOST = "127.0.0.1";
    static final String A2A_JS = "a2a-js";

    /** How hard and how long. */
    public record Settings(int connections, Duration warmup, Duration window, int clientThreads, int probeCalls, int rounds) {
    }

    /** One agent's numbers from one round. */
    public record Measurement(String label, LoadResult load, OptionalLong serverCpuNanos, double[] firstEventMillis) {
        double cpuMicrosPerCall() {
            return serverCpuNanos.isPresent() && load.completed() > 0 ? serverCpuNanos.getAsLong() / 1000.0 / load.completed() : Double.NaN;
        }
    }

    /** Starts a server by id: Agentwire in a child JVM, or the a2a-js agent under Node. */
    public interface Launcher {
        ServerHandle start(String id) throws Exception;
    }

    private A2aBench() {
    }

    /** Every round; the a2a-js agent only when the Node peers are installed (otherwise progress says so). */
    public static List<List<Measurement>> run(Settings settings, Launcher jvmServers, Path results, Consumer<String> progress)
            throws Exception {
        NodePeers peers = NodePeers.locate().orElse(null);
        if (peers == null) {
            progress.accept("Node peers not installed (.tools/node-peers): the a2a-js anchor is skipped; run ./mvnw verify once");
        }
        List<List<Measurement>> rounds = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            List<Measurement> measurements = new ArrayList<>();
            measurements.add(measure(AgentwireA2aTarget.ID, "Agentwire A2A 1.0, non-blocking agent (I/O thread)",
                    jvmServers.start(AgentwireA2aTarget.ID), settings, round, progress));
            measurements.add(measure(AgentwireA2aTarget.POOLED_ID, "Agentwire A2A 1.0, agent on the worker pool (default)",
                    jvmServers.start(AgentwireA2aTarget.POOLED_ID), settings, round, progress));
            if (peers != null) {
                ServerHandle node = NodeServer.launch(peers.node(), peers.stage("a2a-js-echo-server.mjs"), freePort(),
                        results.resolve("a2a-js-server.log"));
                measurements.add(measure(A2A_JS, "@a2a-js/sdk 1.3.0 on Node 22, Express (JSON-RPC)", node, settings, round, progress));
            }
            rounds.add(measurements);
        }
        return rounds;
    }

    private static Measurement measure(String id, String label, ServerHandle server, Settings settings, int round,
                                       Consumer<String> progress) throws Exception {
        try (server) {
            LoadConfig config = new LoadConfig(HOST, server.port(), settings.connections(), settings.warmup(), settings.window(),
                    settings.clientThreads(), Duration.ofSeconds(5));
            long[] cpu = new long[2];
            WindowObserver observer = new WindowObserver() {
                @Override
                public void measureStarted() {
                    cpu[0] = cpuOf(server);
                }

                @Override
                public void measureEnded() {
                    cpu[1] = cpuOf(server);
                }
            };
            LoadResult load = new LoadGenerator().run(config, RequestProfile.constant(A2aRequests.sendMessage(HOST, server.port())), observer);
            OptionalLong serverCpu = cpu[0] >= 0 && cpu[1] >= 0 ? OptionalLong.of(cpu[1] - cpu[0]) : OptionalLong.empty();
            double[] firstEvent = FirstEventProbe.run(HOST, server.port(), 100, settings.probeCalls());
            Measurement m = new Measurement(label, load, serverCpu, firstEvent);
            progress.accept(String.format(java.util.Locale.ROOT,
                    "round %d %-21s %9.0f req/s  p50 %.3f ms  p99 %.3f ms  errors %d  CPU %.1f µs/call  first event p50 %.3f ms  p99 %.3f ms",
                    round, id, load.throughput(), load.percentileMillis(50), load.percentileMillis(99),
                    load.errors() + load.setupFailures() + load.incomplete(), m.cpuMicrosPerCall(),
                    FirstEventProbe.percentile(firstEvent, 50), FirstEventProbe.percentile(firstEvent, 99)));
            return m;
        }
    }

    private static long cpuOf(ServerHandle server) {
        try {
            return server.cpuNanos().orElse(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
