package io.agentwire.bench.load;

import org.HdrHistogram.Histogram;

/**
 * Outcome of one closed-loop run.
 *
 * @param completed     successful responses that completed inside the measured window
 * @param allCalls      successful call responses at any time, warm-up and drain included
 * @param seconds       length of the measured window
 * @param latencyMicros latency of each of those responses, microseconds, send to last byte
 * @param errors        failed calls (bad status, no JSON-RPC result, lost connection) during warm-up or window
 * @param setupFailures connections whose setup (e.g. MCP initialize) failed
 * @param reconnects    connections the server closed and the client reopened
 * @param incomplete    requests still unanswered when the drain timeout expired
 */
public record LoadResult(long completed, long allCalls, double seconds, Histogram latencyMicros, long errors, long setupFailures,
                         long reconnects, long incomplete) {

    /** Completed requests per second in the window. */
    public double throughput() {
        return completed / seconds;
    }

    /** The latency at {@code percentile} (0..100), in milliseconds. */
    public double percentileMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? Double.NaN
                : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Whether the run saw no failure of any kind. */
    public boolean clean() {
        return errors == 0 && setupFailures == 0 && incomplete == 0;
    }
}
