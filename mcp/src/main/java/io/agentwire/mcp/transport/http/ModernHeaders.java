package io.agentwire.mcp.transport.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.McpServer.RegisteredTool;
import tools.jackson.databind.JsonNode;

/**
 * The 2026-07-28 rule that HTTP headers mirror the body, so that proxies can route without parsing JSON:
 * {@code MCP-Protocol-Version}, {@code Mcp-Method}, {@code Mcp-Name} and the {@code Mcp-Param-*} headers that a
 * tool's input schema asks for with {@code x-mcp-header}. A disagreement is a {@code -32020} HeaderMismatch.
 */
final class ModernHeaders {
    private static final String BASE64_PREFIX = "=?base64?";
    private static final String BASE64_SUFFIX = "?=";

    private ModernHeaders() {
    }

    static void check(HttpExchange exchange, String method, JsonNode params, String metaVersion, McpServer server) {
        expect(exchange, "MCP-Protocol-Version", metaVersion);
        expect(exchange, "Mcp-Method", method);
        String name = nameOf(method, params);
        if (name != null) {
            expect(exchange, "Mcp-Name", name);
        }
        if ("tools/call".equals(method) && name != null) {
            RegisteredTool tool = server.tool(name);
            if (tool != null) {
                checkParamHeaders(exchange, tool, params.path("arguments"));
            }
        }
    }

    /** The value {@code Mcp-Name} mirrors: the tool or prompt name, or the resource URI. */
    static String nameOf(String method, JsonNode params) {
        String field = switch (method) {
            case "tools/call", "prompts/get" -> "name";
            case "resources/read" -> "uri";
            case "tasks/get", "tasks/update", "tasks/cancel" -> "taskId";
            default -> null;
        };
        if (field == null || params == null) {
            return null;
        }
        JsonNode value = params.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static void checkParamHeaders(HttpExchange exchange, RegisteredTool tool, JsonNode arguments) {
        JsonNode properties = tool.tool().inputSchema() == null ? null : tool.tool().inputSchema().get("properties");
        if (properties == null || !properties.isObject()) {
            return;
        }
        properties.properties().forEach(entry -> {
            JsonNode headerName = entry.getValue().get("x-mcp-header");
            if (headerName == null || !headerName.isString()) {
                return;
            }
            String header = "Mcp-Param-" + headerName.stringValue();
            JsonNode argument = arguments.get(entry.getKey());
            String sent = exchange.header(header);
            if (argument == null || argument.isNull()) {
                if (sent != null) {
                    throw mismatch(header + " header is present but argument '" + entry.getKey() + "' is not");
                }
                return;
            }
            String expected = argument.isString() ? argument.stringValue() : argument.toString();
            if (sent == null) {
                throw mismatch("Missing " + header + " header for argument '" + entry.getKey() + "'");
            }
            if (!decode(sent).equals(expected)) {
                throw mismatch(header + " header value '" + sent + "' does not match argument value '" + expected + "'");
            }
        });
    }

    private static void expect(HttpExchange exchange, String header, String bodyValue) {
        String sent = exchange.header(header);
        if (sent == null) {
            throw mismatch("Missing required " + header + " header");
        }
        if (!decode(sent).equals(bodyValue)) {
            throw mismatch("Header mismatch: " + header + " header value '" + sent + "' does not match body value '" + bodyValue + "'");
        }
    }

    /** Header values outside printable ASCII travel as {@code =?base64?...?=}. */
    static String decode(String value) {
        String trimmed = value.trim();
        if (trimmed.toLowerCase(Locale.ROOT).startsWith(BASE64_PREFIX) && trimmed.endsWith(BASE64_SUFFIX)) {
            String encoded = trimmed.substring(BASE64_PREFIX.length(), trimmed.length() - BASE64_SUFFIX.length());
            if (encoded.length() % 4 != 0) {
                throw mismatch("Malformed base64 header value: padding is required");
            }
            try {
                byte[] bytes = Base64.getDecoder().decode(encoded);
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw mismatch("Malformed base64 header value");
            }
        }
        return trimmed;
    }

    private static McpException mismatch(String message) {
        return new McpException(McpException.HEADER_MISMATCH, message);
    }
}
