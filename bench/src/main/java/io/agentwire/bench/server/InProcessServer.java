package io.agentwire.bench.server;

import io.agentwire.bench.targets.BenchTarget;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * A target started inside the load generator's JVM: for tests and quick checks. Its heap cannot be told apart from
 * the client's, so none is reported.
 */
public final class InProcessServer implements ServerHandle {

    private final BenchTarget target;
    private final int port;

    private InProcessServer(BenchTarget target, int port) {
        this.target = target;
        this.port = port;
    }

    /** Starts {@code target} here. */
    public static InProcessServer start(BenchTarget target) throws Exception {
        return new InProcessServer(target, target.start());
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public OptionalLong heapAfterGc() {
        return OptionalLong.empty();
    }

    @Override
    public OptionalLong cpuNanos() {
        return OptionalLong.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            target.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("stopping " + target.id() + " failed", e);
        }
    }
}
