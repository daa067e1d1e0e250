package io.agentwire.bench.targets;

import io.agentwire.bench.load.RequestProfile;

/**
 * Agentwire, stateless era (2026-07-28): no handshake, every POST self-describing. The echo tool is registered
 * as non-blocking (it runs on the I/O thread) unless the target is the {@code -pooled} variant, which measures the
 * default, blocking-safe hand-off to the handler executor.
 */
public final class AgentwireModernTarget extends AgentwireTarget {
    private final boolean pooled;

    public AgentwireModernTarget() {
        this(false);
    }

    public AgentwireModernTarget(boolean pooled) {
        super(!pooled);
        this.pooled = pooled;
    }

    @Override
    public String id() {
        return pooled ? "agentwire-modern-pooled" : "agentwire-modern";
    }

    @Override
    public String label() {
        return "Agentwire (modern " + McpRequests.MODERN_VERSION + (pooled ? ", tool on handler pool)" : ")");
    }

    @Override
    public RequestProfile requestFor(String host, int port) {
        return McpRequests.modern(host, port);
    }

    @Override
    public boolean hasSessions() {
        return false;
    }
}
