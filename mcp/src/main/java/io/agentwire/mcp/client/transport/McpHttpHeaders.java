package io.agentwire.mcp.client.transport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Names of the MCP HTTP headers and the 2026-07-28 value encoding: a value that is not plain printable ASCII, or
 * that has leading or trailing whitespace, travels as {@code =?base64?<padded base64 of its UTF-8>?=}.
 */
public final class McpHttpHeaders {
    public static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
    public static final String SESSION_ID = "Mcp-Session-Id";
    public static final String METHOD = "Mcp-Method";
    public static final String NAME = "Mcp-Name";
    public static final String PARAM_PREFIX = "Mcp-Param-";
    public static final String LAST_EVENT_ID = "Last-Event-ID";

    private McpHttpHeaders() {
    }

    /** The header form of a value: as is when safe, else the Base64 sentinel form. */
    public static String encodeValue(String value) {
        if (isSafe(value)) {
            return value;
        }
        return "=?base64?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static boolean isSafe(String value) {
        if (value.isEmpty()) {
            return true;
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return false; // header parsers strip surrounding whitespace, which would change the value
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        // A plain value that looks like the sentinel would be decoded by the server: encode it too.
        return !value.startsWith("=?base64?");
    }
}
