package io.agentwire.bench.client;

import java.util.Arrays;

/** Times sequential {@code blob} calls end to end: request sent until the 4 MiB text is a usable String. */
final class BlobTimer {

    /** Sorted per-call times in milliseconds. */
    record Result(double[] millis) {
        double percentile(double p) {
            int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, index))];
        }

        double max() {
            return millis[millis.length - 1];
        }
    }

    private BlobTimer() {
    }

    /** {@code warmups} untimed calls, then {@code calls} timed ones; every text must have {@code expectedLength}. */
    static Result run(ClientDriver driver, int warmups, int calls, int expectedLength) throws Exception {
        for (int i = 0; i < warmups; i++) {
            check(driver.blob(), expectedLength);
        }
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            String text = driver.blob();
            millis[i] = (System.nanoTime() - t0) / 1e6;
            check(text, expectedLength);
        }
        Arrays.sort(millis);
        return new Result(millis);
    }

    private static void check(String text, int expectedLength) {
        if (text == null || text.length() != expectedLength) {
            throw new IllegalStateException("blob result has " + (text == null ? "no" : text.length() + " chars")
                    + ", expected " + expectedLength);
        }
    }
}
