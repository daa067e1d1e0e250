package io.agentwire.bench.aonp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.m2tp.Delivery;
import io.agentwire.aonp.m2tp.M2tpEndpoint;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.m2tp.M2tpOptions;
import io.agentwire.aonp.m2tp.MessageMeta;
import io.agentwire.aonp.m2tp.MessageReceiver;
import io.agentwire.aonp.m2tp.MessageSink;
import io.agentwire.aonp.m2tp.ProgressListener;
import io.agentwire.aonp.m2tp.Track;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.AonpListener;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.relay.M2tpRelay;
import io.agentwire.aonp.relay.RelayRoutes;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.bench.server.HeapProbe;

/** Runs the five transfers of {@code aonp-transfer} one after the other in this JVM, each with its heap sampler. */
public final class AonpTransferBench {
    /**
     * One measured transfer.
     *
     * @param round      the round it ran in, from 1; a row and its baseline of the same round ran back to back
     * @param name       the row label
     * @param baseline   the row this one is compared with, or null for a baseline
     * @param bytes      bytes transferred
     * @param nanos      wall time from the first byte sent to the receiver's confirmation
     * @param heapGrowth peak growth of the non-eden heap, bytes
     * @param cpuNanos   CPU time of the whole process (sender and receiver) during the transfer, -1 if unknown
     */
    public record Result(int round, String name, String baseline, long bytes, long nanos, long heapGrowth,
            long cpuNanos, String failure) {
        public double mibPerSecond() {
            return failure != null ? Double.NaN : bytes / 1048576.0 / (nanos / 1e9);
        }

        /** CPU seconds per GiB moved, both ends together: what a transfer costs whatever else the machine runs. */
        public double cpuSecondsPerGib() {
            return failure != null || cpuNanos < 0 ? Double.NaN : cpuNanos / 1e9 / (bytes / (double) (1L << 30));
        }
    }

    static final String RAW_TCP = "raw TCP socket copy";
    static final String RAW_QUIC = "raw kwik QUIC stream";
    static final String M2TP_TCP = "M2TP over TCP";
    static final String M2TP_QUIC = "M2TP over QUIC";
    static final String RELAY = "M2TP TCP -> relay -> QUIC";

    private static final Handshake HANDSHAKE = new Handshake("bench", List.of(M2tpFrames.PROTOCOL), 65_536, 120_000);
    private static final ConnectionLimits LIMITS = new ConnectionLimits(java.time.Duration.ofSeconds(15),
            java.time.Duration.ofSeconds(120), 64L << 20, java.time.Duration.ofSeconds(60));

    private AonpTransferBench() {
    }

    /**
     * What to run.
     *
     * @param size           bytes per TCP row
     * @param quicSize       bytes per row that involves QUIC (kwik is far slower than TCP on small machines); 0
     *                       leaves those rows out
     * @param warmupSize     bytes per TCP row in each warm-up round
     * @param quicWarmupSize bytes per QUIC row in each warm-up round (warmed only when measured)
     * @param warmupRounds   unreported rounds first: the JIT keeps recompiling the Netty path for several seconds,
     *                       which would weigh on the first measured rounds
     * @param rounds         measured rounds
     */
    public record Plan(long size, long quicSize, long warmupSize, long quicWarmupSize, int warmupRounds,
            int rounds) {
    }

    /**
     * Runs the warm-up rounds, then the measured ones. Each round runs every row once, a row right after its
     * baseline, so that a shared machine's slow spells hit both sides of a ratio alike.
     */
    public static List<Result> run(Plan plan, Consumer<String> log) {
        long quicWarmup = plan.quicSize() > 0 ? Math.min(plan.quicWarmupSize(), plan.quicSize()) : 0;
        for (int round = 1; round <= plan.warmupRounds() && plan.warmupSize() > 0; round++) {
            log.accept("warm-up round " + round + ": " + plan.warmupSize() + " bytes per TCP path"
                    + (quicWarmup > 0 ? ", " + quicWarmup + " per QUIC path" : ""));
            measureAll(0, plan.warmupSize(), quicWarmup, line -> { });
        }
        List<Result> results = new ArrayList<>();
        for (int round = 1; round <= plan.rounds(); round++) {
            results.addAll(measureAll(round, plan.size(), plan.quicSize(), log));
        }
        return results;
    }

    /** The TCP rows, then (unless {@code quicSize} is 0) the rows that involve QUIC. */
    private static List<Result> measureAll(int round, long size, long quicSize, Consumer<String> log) {
        List<Result> results = new ArrayList<>();
        results.add(measure(round, RAW_TCP, null, size, () -> RawTransfers.tcp(size), log));
        results.add(measure(round, M2TP_TCP, RAW_TCP, size, () -> m2tp(size, false, false), log));
        if (quicSize > 0) {
            results.add(measure(round, RAW_QUIC, null, quicSize, () -> RawTransfers.quic(quicSize), log));
            results.add(measure(round, M2TP_QUIC, RAW_QUIC, quicSize, () -> m2tp(quicSize, true, false), log));
            results.add(measure(round, RELAY, RAW_QUIC, quicSize, () -> m2tp(quicSize, true, true), log));
        }
        return results;
    }

    /** A transfer that returns its duration in nanoseconds. */
    private interface Transfer {
        long run() throws Exception;
    }

    /** Runs one transfer; a failed one (a stalled QUIC stream, say) becomes a row that says so. */
    private static Result measure(int round, String name, String baseline, long size, Transfer transfer,
            Consumer<String> log) {
        try (HeapSampler heap = new HeapSampler()) {
            Result result;
            long cpu = HeapProbe.processCpuNanos();
            try {
                long nanos = transfer.run();
                result = new Result(round, name, baseline, size, nanos, heap.peakGrowth(),
                        cpu < 0 ? -1 : HeapProbe.processCpuNanos() - cpu, null);
            } catch (Exception e) {
                result = new Result(round, name, baseline, size, -1, heap.peakGrowth(), -1,
                        String.valueOf(e.getMessage()));
            }
            log.accept(String.format(java.util.Locale.ROOT,
                    "round %d  %-28s %10.1f MiB/s  CPU %.2f s/GiB  memory +%.1f MiB%s", round, name,
                    result.mibPerSecond(), result.cpuSecondsPerGib(), result.heapGrowth() / 1048576.0,
                    result.failure() == null ? "" : "  FAILED: " + result.failure()));
            return result;
        }
    }

    /** One message of {@code size} bytes to a counting receiver over QUIC or TCP, optionally through a relay. */
    private static long m2tp(long size, boolean quic, boolean relayed) throws Exception {
        CompletableFuture<Long> received = new CompletableFuture<>();
        try (AonpListener receiver = AonpListener.bind(List.of(new NodeAddress(quic, "127.0.0.1", 0)), HANDSHAKE,
                () -> new M2tpEndpoint(counting(received), M2tpOptions.DEFAULTS), LIMITS, null);
                M2tpRelay relay = relayed ? M2tpRelay.start(List.of(new NodeAddress(false, "127.0.0.1", 0)),
                        RelayRoutes.to(receiver.addresses().get(0)), HANDSHAKE, LIMITS) : null;
                AonpConnector connector = new AonpConnector(HANDSHAKE, LIMITS, null)) {
            NodeAddress target = relayed ? relay.addresses().get(0) : receiver.addresses().get(0);
            M2tpEndpoint sender = M2tpEndpoint.sendOnly(M2tpOptions.DEFAULTS);
            M2tpLink link = connector.connect(target, sender);
            sender.opened().get(30, TimeUnit.SECONDS);
            Track track = sender.openTrack("bench/bulk", false, null);
            long start = System.nanoTime();
            Delivery delivery = sender.send(track, new PatternStream(size), new MessageMeta(null, size, null),
                    ProgressListener.NONE);
            long nanos = System.nanoTime() - start;
            if (delivery.size() != size || received.get(60, TimeUnit.SECONDS) != size) {
                throw new IllegalStateException("delivered " + delivery.size() + " of " + size + " bytes");
            }
            link.close(ErrorCodes.NO_ERROR, "done");
            return nanos;
        }
    }

    /** A receiver that counts bytes; the M2TP engine has verified the digest before {@code complete}. */
    private static MessageReceiver counting(CompletableFuture<Long> received) {
        return info -> new MessageSink() {
            private long bytes;

            @Override
            public void chunk(ByteBuffer data) {
                bytes += data.remaining();
            }

            @Override
            public void complete(Delivery delivery) {
                received.complete(bytes);
            }

            @Override
            public void failed(ErrorCode code, String reason) {
                received.completeExceptionally(new IOException(code + ": " + reason));
            }
        };
    }
}
