package io.agentwire.mcp;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import tools.jackson.databind.JsonNode;

/** A protocol error with an MCP or JSON-RPC code, answered to the client as a JSON-RPC error. */
public class McpException extends JsonRpcException {
    private static final long serialVersionUID = 1L;

    /** 2026-07-28: an HTTP header disagrees with the body. */
    public static final int HEADER_MISMATCH = -32020;
    /** 2026-07-28: the request needs a client capability its {@code _meta} did not declare. */
    public static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
    /** 2026-07-28: the requested protocol version is not supported. */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;
    /** 2025-11-25: the request needs the user to visit a URL first. */
    public static final int URL_ELICITATION_REQUIRED = -32042;

    public McpException(int code, String message) {
        super(code, message);
    }

    public McpException(int code, String message, JsonNode data) {
        super(code, message, data);
    }

    /**
     * 2025-11-25: the request cannot go on until the user completed the given URL-mode elicitations; the client
     * shows them and retries.
     */
    public static McpException urlElicitationRequired(String message, java.util.List<InputRequest> elicitations) {
        tools.jackson.databind.node.ObjectNode data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        tools.jackson.databind.node.ArrayNode list = data.putArray("elicitations");
        elicitations.forEach(e -> list.add(e.params()));
        return new McpException(URL_ELICITATION_REQUIRED, message, data);
    }

    public static McpException invalidParams(String message) {
        return new McpException(JsonRpcError.INVALID_PARAMS, message);
    }
}
