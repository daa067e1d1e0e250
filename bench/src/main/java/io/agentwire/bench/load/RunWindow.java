package io.agentwire.bench.load;

/**
 * The warm-up and measurement deadlines of one run, in {@link System#nanoTime()} terms; shared, immutable.
 *
 * @param measureStart first instant whose completions count
 * @param measureEnd   first instant whose completions no longer count, and after which no request is sent
 */
record RunWindow(long measureStart, long measureEnd) {

    boolean measuring(long now) {
        return now - measureStart >= 0 && now - measureEnd < 0;
    }

    boolean over(long now) {
        return now - measureEnd >= 0;
    }
}
