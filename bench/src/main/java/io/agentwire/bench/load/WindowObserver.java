package io.agentwire.bench.load;

/**
 * Told when the measured window opens and closes, on the thread that called {@link LoadGenerator#run}, e.g. to read
 * CPU counters over exactly the window. Must return quickly: the window is already running.
 */
public interface WindowObserver {

    /** Observes nothing. */
    WindowObserver NONE = new WindowObserver() {
        @Override
        public void measureStarted() {
        }

        @Override
        public void measureEnded() {
        }
    };

    /** The window has just opened. */
    void measureStarted();

    /** The window has just closed; in-flight requests are still draining. */
    void measureEnded();
}
