package io.agentwire.mcp.client;

import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.mcp.client.transport.McpHttpHeaders;
import io.agentwire.mcp.model.Tool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The 2026-07-28 headers that mirror a POST's body for proxies: {@code MCP-Protocol-Version}, {@code Mcp-Method},
 * {@code Mcp-Name} (tool or prompt name, resource URI, task id) and one {@code Mcp-Param-<Name>} per tool argument
 * whose schema property carries {@code x-mcp-header}; a null or missing argument gets no header. Legacy-era
 * messages get none of them.
 */
final class HeaderMirror {
    private final Supplier<String> modernVersion;
    private final ToolCatalog tools;

    /** @param modernVersion the revision in use when it is a 2026-07-28 one, else {@code null} */
    HeaderMirror(Supplier<String> modernVersion, ToolCatalog tools) {
        this.modernVersion = modernVersion;
        this.tools = tools;
    }

    Map<String, String> headersFor(JsonRpcMessage message) {
        String version = modernVersion.get();
        if (version == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(McpHttpHeaders.PROTOCOL_VERSION, version);
        if (message instanceof JsonRpcNotification notification) {
            headers.put(McpHttpHeaders.METHOD, notification.method());
        } else if (message instanceof JsonRpcRequest request) {
            headers.put(McpHttpHeaders.METHOD, request.method());
            String name = nameOf(request.method(), request.params());
            if (name != null) {
                headers.put(McpHttpHeaders.NAME, McpHttpHeaders.encodeValue(name));
            }
            if ("tools/call".equals(request.method()) && name != null) {
                addParamHeaders(headers, tools.tool(name), request.params().path("arguments"));
            }
        }
        return headers;
    }

    static String nameOf(String method, JsonNode params) {
        String field = switch (method) {
            case "tools/call", "prompts/get" -> "name";
            case "resources/read" -> "uri";
            case "tasks/get", "tasks/update", "tasks/cancel", "tasks/result" -> "taskId";
            default -> null;
        };
        JsonNode value = field == null || params == null ? null : params.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static void addParamHeaders(Map<String, String> headers, Tool tool, JsonNode arguments) {
        JsonNode properties = tool == null || tool.inputSchema() == null ? null : tool.inputSchema().get("properties");
        if (properties == null || !properties.isObject() || !arguments.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode headerName = property.getValue().get(XMcpHeaderRules.KEYWORD);
            JsonNode argument = arguments.get(property.getKey());
            if (headerName == null || !headerName.isString() || argument == null || argument.isNull()) {
                continue;
            }
            String value = argument.isString() ? argument.stringValue() : argument.toString();
            headers.put(McpHttpHeaders.PARAM_PREFIX + headerName.stringValue(), McpHttpHeaders.encodeValue(value));
        }
    }
}
