package io.agentwire.bench.report;

import io.agentwire.bench.load.LoadResult;
import java.util.OptionalLong;

/**
 * One target's measured run.
 *
 * @param id        target id
 * @param label     target description
 * @param load      the load generator's result
 * @param heapIdle  server heap after GC before the load, bytes, if measured
 * @param heapAfter server heap after GC right after the load, bytes, if measured
 * @param serverCpu server process CPU time inside the measured window, nanoseconds, if measured
 * @param clientCpu load generator CPU time inside the measured window, nanoseconds, if measured
 */
public record TargetResult(String id, String label, LoadResult load, OptionalLong heapIdle, OptionalLong heapAfter,
                           OptionalLong serverCpu, OptionalLong clientCpu) {

    /** Server CPU microseconds per call completed in the window, or NaN. */
    public double serverCpuMicrosPerCall() {
        return perCall(serverCpu);
    }

    /** Load generator CPU microseconds per call completed in the window, or NaN. */
    public double clientCpuMicrosPerCall() {
        return perCall(clientCpu);
    }

    private double perCall(OptionalLong nanos) {
        return nanos.isEmpty() || load.completed() == 0 ? Double.NaN : nanos.getAsLong() / 1000.0 / load.completed();
    }
}
