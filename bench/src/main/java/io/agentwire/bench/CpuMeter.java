package io.agentwire.bench;

import io.agentwire.bench.load.WindowObserver;
import io.agentwire.bench.server.HeapProbe;
import io.agentwire.bench.server.ServerHandle;
import java.util.OptionalLong;

/**
 * Reads the server's and the load generator's process CPU time when the measured window opens and closes.
 *
 * <p>CPU per call is the steadiest number on a shared machine: throughput falls when a neighbour steals the cores,
 * the work a server does per call does not.
 */
final class CpuMeter implements WindowObserver {

    private final ServerHandle server;
    private long serverStart = -1;
    private long serverEnd = -1;
    private long clientStart = -1;
    private long clientEnd = -1;

    CpuMeter(ServerHandle server) {
        this.server = server;
    }

    @Override
    public void measureStarted() {
        clientStart = HeapProbe.processCpuNanos();
        serverStart = serverCpu();
    }

    @Override
    public void measureEnded() {
        clientEnd = HeapProbe.processCpuNanos();
        serverEnd = serverCpu();
    }

    /** Server CPU nanoseconds spent inside the window, if both readings succeeded. */
    OptionalLong server() {
        return delta(serverStart, serverEnd);
    }

    /** Load generator CPU nanoseconds spent inside the window, if both readings succeeded. */
    OptionalLong client() {
        return delta(clientStart, clientEnd);
    }

    private long serverCpu() {
        try {
            return server.cpuNanos().orElse(-1);
        } catch (Exception e) {
            return -1; // a missing CPU number must not abort the throughput run
        }
    }

    private static OptionalLong delta(long start, long end) {
        return start < 0 || end < 0 ? OptionalLong.empty() : OptionalLong.of(end - start);
    }
}
