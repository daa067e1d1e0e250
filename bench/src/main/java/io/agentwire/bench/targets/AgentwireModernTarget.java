package io.agentwire.bench.targets;

import io.agentwire.bench.load.RequestProfile;

/**
 * Agentwire, stateless era (2026-07-28): no handshake, every POST self-describing. Not registered in
 * {@link TargetRegistry} until {@link AgentwireTarget} is implemented.
 */
public final class AgentwireModernTarget extends AgentwireTarget {

    @Override
    public String id() {
        return "agentwire-modern";
    }

    @Override
    public String label() {
        return "Agentwire (modern " + McpRequests.MODERN_VERSION + ")";
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
