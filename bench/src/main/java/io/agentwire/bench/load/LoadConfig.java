package io.agentwire.bench.load;

import java.time.Duration;

/**
 * Shape of one closed-loop run.
 *
 * @param host         server address, always loopback in this project
 * @param port         server port
 * @param connections  concurrent keep-alive connections, each with one request in flight
 * @param warmup       time spent sending but not recording (JIT, pools, sessions set up)
 * @param duration     measured time; only responses completing inside it count
 * @param ioThreads    client event loop threads
 * @param drainTimeout how long to wait after the window for in-flight responses before closing anyway
 */
public record LoadConfig(String host, int port, int connections, Duration warmup, Duration duration, int ioThreads,
                         Duration drainTimeout) {

    /** Validates the bounds so every run is guaranteed to stop by itself. */
    public LoadConfig {
        if (connections < 1 || ioThreads < 1) {
            throw new IllegalArgumentException("connections and ioThreads must be positive");
        }
        if (warmup.isNegative() || duration.isNegative() || duration.isZero() || drainTimeout.isNegative()) {
            throw new IllegalArgumentException("warmup >= 0, duration > 0 and drainTimeout >= 0 required");
        }
    }
}
