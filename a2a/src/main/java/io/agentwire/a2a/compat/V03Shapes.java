package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aException;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translates between the A2A 0.3 JSON shapes and the 1.0 ProtoJSON shapes, as JSON trees: {@code kind}
 * discriminators, {@code text}/{@code file}/{@code data} parts with {@code mimeType}, lowercase kebab states and
 * roles, status events with {@code final}. Fields both versions share pass through unchanged, unknown ones too.
 */
final class V03Shapes {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> STATES_IN = Map.of("submitted", "TASK_STATE_SUBMITTED", "working", "TASK_STATE_WORKING",
            "input-required", "TASK_STATE_INPUT_REQUIRED", "completed", "TASK_STATE_COMPLETED", "canceled", "TASK_STATE_CANCELED",
            "failed", "TASK_STATE_FAILED", "rejected", "TASK_STATE_REJECTED", "auth-required", "TASK_STATE_AUTH_REQUIRED",
            "unknown", "TASK_STATE_UNSPECIFIED");

    private V03Shapes() {
    }

    // ---- 0.3 in, 1.0 out ----------------------------------------------------------------------------------

    static ObjectNode messageIn(JsonNode message) {
        if (!message.isObject()) {
            throw A2aException.invalidParams("message must be an object");
        }
        ObjectNode out = ((ObjectNode) message).deepCopy();
        out.remove("kind");
        String role = message.path("role").asString("");
        if (!role.equals("user") && !role.equals("agent")) {
            throw A2aException.invalidParams("role must be \"user\" or \"agent\", not \"" + role + "\"");
        }
        out.put("role", role.equals("user") ? "ROLE_USER" : "ROLE_AGENT");
        ArrayNode parts = out.putArray("parts");
        for (JsonNode part : message.path("parts")) {
            parts.add(partIn(part));
        }
        return out;
    }

    static ObjectNode partIn(JsonNode part) {
        ObjectNode out = JSON.createObjectNode();
        String kind = part.path("kind").asString("");
        switch (kind) {
            case "text":
                out.put("text", part.path("text").asString(""));
                break;
            case "file":
                JsonNode file = part.path("file");
                if (file.has("bytes")) {
                    out.put("raw", file.path("bytes").asString(""));
                } else if (file.has("uri")) {
                    out.put("url", file.path("uri").asString(""));
                } else {
                    throw A2aException.invalidParams("a file part needs bytes or uri");
                }
                copyText(file, "mimeType", out, "mediaType");
                copyText(file, "name", out, "filename");
                break;
            case "data":
                out.set("data", part.path("data"));
                break;
            default:
                throw A2aException.invalidParams("unknown part kind \"" + kind + "\"");
        }
        if (part.has("metadata")) {
            out.set("metadata", part.get("metadata"));
        }
        return out;
    }

    /** 0.3 {@code MessageSendParams} to a 1.0 {@code SendMessageRequest}; an absent {@code blocking} blocks. */
    static ObjectNode sendParamsIn(JsonNode params) {
        ObjectNode out = JSON.createObjectNode();
        out.set("message", messageIn(params.path("message")));
        JsonNode config = params.path("configuration");
        if (config.isObject()) {
            ObjectNode c = out.putObject("configuration");
            if (config.has("acceptedOutputModes")) {
                c.set("acceptedOutputModes", config.get("acceptedOutputModes"));
            }
            if (config.has("historyLength")) {
                c.set("historyLength", config.get("historyLength"));
            }
            if (config.has("blocking") && !config.path("blocking").asBoolean(true)) {
                c.put("returnImmediately", true);
            }
            if (config.path("pushNotificationConfig").isObject()) {
                c.set("taskPushNotificationConfig", pushConfigIn(config.get("pushNotificationConfig"), ""));
            }
        }
        if (params.has("metadata")) {
            out.set("metadata", params.get("metadata"));
        }
        return out;
    }

    /** A 0.3 {@code PushNotificationConfig} (with its {@code authentication.schemes}) as a 1.0 config of a task. */
    static ObjectNode pushConfigIn(JsonNode config, String taskId) {
        ObjectNode out = JSON.createObjectNode();
        copyText(config, "id", out, "id");
        copyText(config, "url", out, "url");
        copyText(config, "token", out, "token");
        if (!taskId.isEmpty()) {
            out.put("taskId", taskId);
        }
        JsonNode auth = config.path("authentication");
        if (auth.isObject()) {
            ObjectNode a = out.putObject("authentication");
            a.put("scheme", auth.path("schemes").path(0).asString(""));
            copyText(auth, "credentials", a, "credentials");
        }
        return out;
    }

    // ---- 1.0 in, 0.3 out ----------------------------------------------------------------------------------

    static ObjectNode messageOut(JsonNode message) {
        ObjectNode out = JSON.createObjectNode();
        out.put("kind", "message");
        message.properties().forEach(e -> {
            switch (e.getKey()) {
                case "role":
                    out.put("role", e.getValue().asString("").equals("ROLE_USER") ? "user" : "agent");
                    break;
                case "parts":
                    ArrayNode parts = out.putArray("parts");
                    e.getValue().forEach(p -> parts.add(partOut(p)));
                    break;
                default:
                    out.set(e.getKey(), e.getValue());
            }
        });
        if (!out.has("parts")) {
            out.putArray("parts");
        }
        return out;
    }

    static ObjectNode partOut(JsonNode part) {
        ObjectNode out = JSON.createObjectNode();
        if (part.has("text")) {
            out.put("kind", "text").put("text", part.path("text").asString(""));
        } else if (part.has("data")) {
            out.put("kind", "data");
            out.set("data", part.get("data").isObject() ? part.get("data") : JSON.createObjectNode().set("value", part.get("data")));
        } else {
            out.put("kind", "file");
            ObjectNode file = out.putObject("file");
            if (part.has("raw")) {
                file.put("bytes", part.path("raw").asString(""));
            } else {
                file.put("uri", part.path("url").asString(""));
            }
            copyText(part, "mediaType", file, "mimeType");
            copyText(part, "filename", file, "name");
        }
        if (part.has("metadata")) {
            out.set("metadata", part.get("metadata"));
        }
        return out;
    }

    static ObjectNode statusOut(JsonNode status) {
        ObjectNode out = JSON.createObjectNode();
        out.put("state", stateOut(status.path("state").asString("")));
        if (status.has("message")) {
            out.set("message", messageOut(status.get("message")));
        }
        if (status.has("timestamp")) {
            out.set("timestamp", status.get("timestamp"));
        }
        return out;
    }

    static String stateOut(String state) {
        for (Map.Entry<String, String> e : STATES_IN.entrySet()) {
            if (e.getValue().equals(state)) {
                return e.getKey();
            }
        }
        return "unknown";
    }

    static ObjectNode taskOut(JsonNode task) {
        ObjectNode out = JSON.createObjectNode();
        out.put("kind", "task");
        out.put("id", task.path("id").asString(""));
        out.put("contextId", task.path("contextId").asString(""));
        out.set("status", statusOut(task.path("status")));
        if (task.has("artifacts")) {
            ArrayNode artifacts = out.putArray("artifacts");
            task.get("artifacts").forEach(a -> artifacts.add(artifactOut(a)));
        }
        if (task.has("history")) {
            ArrayNode history = out.putArray("history");
            task.get("history").forEach(m -> history.add(messageOut(m)));
        }
        if (task.has("metadata")) {
            out.set("metadata", task.get("metadata"));
        }
        return out;
    }

    static ObjectNode artifactOut(JsonNode artifact) {
        ObjectNode out = ((ObjectNode) artifact).deepCopy();
        ArrayNode parts = out.putArray("parts");
        artifact.path("parts").forEach(p -> parts.add(partOut(p)));
        return out;
    }

    /** A 1.0 {@code StreamResponse} (or send result) as the 0.3 object it wraps. */
    static ObjectNode eventOut(JsonNode response) {
        if (response.has("task")) {
            return taskOut(response.get("task"));
        }
        if (response.has("message")) {
            return messageOut(response.get("message"));
        }
        if (response.has("statusUpdate")) {
            JsonNode update = response.get("statusUpdate");
            ObjectNode out = JSON.createObjectNode().put("kind", "status-update");
            out.put("taskId", update.path("taskId").asString("")).put("contextId", update.path("contextId").asString(""));
            out.set("status", statusOut(update.path("status")));
            String state = update.path("status").path("state").asString("");
            out.put("final", isFinal(state));
            return out;
        }
        JsonNode update = response.path("artifactUpdate");
        ObjectNode out = JSON.createObjectNode().put("kind", "artifact-update");
        out.put("taskId", update.path("taskId").asString("")).put("contextId", update.path("contextId").asString(""));
        out.set("artifact", artifactOut(update.path("artifact")));
        out.put("append", update.path("append").asBoolean(false)).put("lastChunk", update.path("lastChunk").asBoolean(false));
        return out;
    }

    /** 0.3 marked the event that ends a stream; 1.0 streams end at terminal and interrupted states. */
    static boolean isFinal(String state) {
        String s = state.toUpperCase(Locale.ROOT);
        return s.endsWith("COMPLETED") || s.endsWith("FAILED") || s.endsWith("CANCELED") || s.endsWith("REJECTED")
                || s.endsWith("INPUT_REQUIRED") || s.endsWith("AUTH_REQUIRED");
    }

    static ObjectNode pushConfigOut(JsonNode config) {
        ObjectNode out = JSON.createObjectNode();
        out.put("taskId", config.path("taskId").asString(""));
        ObjectNode inner = out.putObject("pushNotificationConfig");
        copyText(config, "id", inner, "id");
        copyText(config, "url", inner, "url");
        copyText(config, "token", inner, "token");
        JsonNode auth = config.path("authentication");
        if (auth.isObject()) {
            ObjectNode a = inner.putObject("authentication");
            a.putArray("schemes").add(auth.path("scheme").asString(""));
            copyText(auth, "credentials", a, "credentials");
        }
        return out;
    }

    private static void copyText(JsonNode from, String name, ObjectNode to, String as) {
        JsonNode value = from.get(name);
        if (value != null && value.isString() && !value.stringValue().isEmpty()) {
            to.put(as, value.stringValue());
        }
    }
}
