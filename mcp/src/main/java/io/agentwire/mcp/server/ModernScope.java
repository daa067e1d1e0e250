package io.agentwire.mcp.server;

import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.ProtocolVersion;
import tools.jackson.databind.JsonNode;

/** The scope of one self-describing 2026-07-28 request, read from its {@code _meta}. */
public record ModernScope(ProtocolVersion version, JsonNode clientCapabilities, LoggingLevel logLevel,
                          JsonNode clientInfo) implements CallScope {
    @Override
    public LegacySession session() {
        return null;
    }
}
