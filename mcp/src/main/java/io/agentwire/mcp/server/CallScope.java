package io.agentwire.mcp.server;

import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.ProtocolVersion;
import tools.jackson.databind.JsonNode;

/**
 * What the server knows about the caller of one request: the revision, the client's capabilities and log
 * level, and, in the legacy era, the session. Modern-era scopes are built per request from {@code _meta}.
 */
public interface CallScope {
    ProtocolVersion version();

    JsonNode clientCapabilities();

    /** The least severe level the client wants to see, or {@code null} for no log messages at all. */
    LoggingLevel logLevel();

    /** The legacy session, or {@code null} in the modern era. */
    LegacySession session();

    default boolean isModern() {
        return version().isModern();
    }
}
