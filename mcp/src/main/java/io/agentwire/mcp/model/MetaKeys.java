package io.agentwire.mcp.model;

/**
 * The reserved {@code _meta} keys of the 2026-07-28 revision, by which every request describes itself. One place
 * for both sides: the server reads them, the client writes them.
 */
public final class MetaKeys {
    public static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    public static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    public static final String CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
    public static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";
    public static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";
    public static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

    private MetaKeys() {
    }
}
