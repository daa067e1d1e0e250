package io.agentwire.bench.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * N caller threads, each issuing one {@code echo} call at a time on the shared client: a warm-up, then a measured
 * window. The run ends by itself: callers stop starting calls when the window closes and are joined with a bound.
 */
final class ClosedLoop {

    /** What one window measured. */
    record Result(long calls, long errors, double seconds, Histogram latencyMicros, String firstError) {
        double callsPerSecond() {
            return calls / seconds;
        }

        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private ClosedLoop() {
    }

    static Result run(ClientDriver driver, int callers, Duration warmup, Duration window) throws InterruptedException {
        window(driver, callers, warmup);
        return window(driver, callers, window);
    }

    private static Result window(ClientDriver driver, int callers, Duration length) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong calls = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        driver.echo();
                        recorder.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                        calls.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError.length() == 0) {
                                firstError.append(e);
                            }
                        }
                    }
                }
            }, "client-bench-caller-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(length.toMillis() + 35_000); // a call in flight at the end gets the client's own timeout
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(calls.get(), errors.get(), seconds, recorder.getIntervalHistogram(), firstError.toString());
    }
}
