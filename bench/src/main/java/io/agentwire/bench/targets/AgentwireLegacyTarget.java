package io.agentwire.bench.targets;

import io.agentwire.bench.load.RequestProfile;

/**
 * Agentwire, session era (2025-11-25): initialize per connection, then {@code tools/call} with
 * {@code Mcp-Session-Id}; also the target of the idle-sessions benchmark. The echo tool is non-blocking.
 */
public final class AgentwireLegacyTarget extends AgentwireTarget {
    public AgentwireLegacyTarget() {
        super(true);
    }

    @Override
    public String id() {
        return "agentwire-legacy";
    }

    @Override
    public String label() {
        return "Agentwire (legacy " + McpRequests.LEGACY_VERSION + ")";
    }

    @Override
    public RequestProfile requestFor(String host, int port) {
        return McpRequests.legacy(host, port);
    }

    @Override
    public boolean hasSessions() {
        return true;
    }
}
