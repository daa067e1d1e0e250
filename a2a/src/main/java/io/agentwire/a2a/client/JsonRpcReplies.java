package io.agentwire.a2a.client;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading JSON-RPC responses, the same for the 1.0 and 0.3 bindings: the result, or the error as an exception. */
final class JsonRpcReplies {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRpcReplies() {
    }

    /** The {@code result} of a response body; an error response is thrown as {@link A2aException}. */
    static JsonNode result(String body) {
        JsonNode response = read(body);
        if (response.has("error")) {
            throw failure(response);
        }
        JsonNode result = response.get("result");
        if (result == null) {
            throw new A2aException(A2aError.INVALID_AGENT_RESPONSE, "A JSON-RPC response without result or error");
        }
        return result;
    }

    /** The error of a response: the A2A error its ErrorInfo names (1.0), or else the one its code maps to. */
    static A2aException failure(JsonNode response) {
        JsonNode error = response.path("error");
        A2aError kind = null;
        for (JsonNode detail : error.path("data")) {
            kind = kind != null ? kind : A2aError.fromReason(detail.path("reason").asString(""));
        }
        if (kind == null) {
            kind = A2aError.fromJsonRpcCode(error.path("code").asInt(-32603));
        }
        return new A2aException(kind, error.path("message").asString(kind.defaultMessage()));
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new A2aException(A2aError.INVALID_AGENT_RESPONSE, "The agent sent invalid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
