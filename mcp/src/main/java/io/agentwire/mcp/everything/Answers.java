package io.agentwire.mcp.everything;

import java.util.ArrayList;
import java.util.List;

import io.agentwire.mcp.McpException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the client's answers to sampling, elicitation and roots requests. Answers are client input (in the
 * modern era they arrive in {@code inputResponses}), so each is checked for the expected shape and a malformed
 * one is rejected with {@code -32602} rather than silently turned into a result.
 */
final class Answers {
    private Answers() {
    }

    /** An elicitation answer: {@code accept}, {@code decline} or {@code cancel}, with the form content if accepted. */
    record Elicited(String action, JsonNode content) {
        boolean accepted() {
            return "accept".equals(action);
        }

        /** A string field of the accepted content, or {@code null}. */
        String field(String name) {
            JsonNode value = content.get(name);
            return value == null || value.isNull() ? null : value.isString() ? value.stringValue() : value.toString();
        }

        /** How the suite's legacy fixtures report an elicitation: {@code action=..., content={...}}. */
        String summary() {
            return "action=" + action + ", content=" + content;
        }
    }

    static Elicited elicitation(String key, JsonNode answer) {
        JsonNode action = answer == null ? null : answer.get("action");
        if (action == null || !action.isString()) {
            throw malformed(key, "an ElicitResult with an action");
        }
        String value = action.stringValue();
        if (!value.equals("accept") && !value.equals("decline") && !value.equals("cancel")) {
            throw malformed(key, "an ElicitResult whose action is accept, decline or cancel");
        }
        JsonNode content = answer.get("content");
        if (content != null && !content.isNull() && !content.isObject()) {
            throw malformed(key, "an ElicitResult whose content is an object");
        }
        return new Elicited(value, content == null || content.isNull() ? Fixtures.object() : content);
    }

    /** The text of a {@code CreateMessageResult}; its content may be one block or (2025-11-25) an array. */
    static String samplingText(String key, JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            throw malformed(key, "a CreateMessageResult");
        }
        JsonNode content = answer.path("content");
        if (content.isArray()) {
            for (JsonNode block : content) {
                if ("text".equals(block.path("type").asString(""))) {
                    return block.path("text").asString("");
                }
            }
            return "";
        }
        if (!content.isObject()) {
            throw malformed(key, "a CreateMessageResult with content");
        }
        return "text".equals(content.path("type").asString("")) ? content.path("text").asString("") : "[" + content.path("type").asString("?") + "]";
    }

    /** The URIs of a {@code ListRootsResult}. */
    static List<String> rootUris(String key, JsonNode answer) {
        JsonNode roots = answer == null ? null : answer.get("roots");
        if (roots == null || !roots.isArray()) {
            throw malformed(key, "a ListRootsResult with a roots array");
        }
        List<String> uris = new ArrayList<>();
        for (JsonNode root : roots) {
            uris.add(root.path("uri").asString(""));
        }
        return uris;
    }

    private static McpException malformed(String key, String expected) {
        return McpException.invalidParams("Input response '" + key + "' must be " + expected);
    }
}
