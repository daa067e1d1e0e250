package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Messages ({@code kind: "message"}) and artifacts, the two holders of parts. */
final class V03Messages {
    private V03Messages() {
    }

    static Message messageFromV03(JsonNode json, String path) {
        V03Json.requireObject(json, path);
        expectKind(json, "message", path);
        Message.Builder message = Message.newBuilder()
                .setMessageId(V03Json.string(json, "messageId", path))
                .setRole(V03Enums.role(V03Json.string(json, "role", path), path + ".role"));
        String contextId = V03Json.optString(json, "contextId", path);
        if (contextId != null) {
            message.setContextId(contextId);
        }
        String taskId = V03Json.optString(json, "taskId", path);
        if (taskId != null) {
            message.setTaskId(taskId);
        }
        message.addAllParts(parts(json, path));
        message.addAllExtensions(V03Json.strings(json, "extensions", path));
        message.addAllReferenceTaskIds(V03Json.strings(json, "referenceTaskIds", path));
        if (V03Json.present(json, "metadata")) {
            message.setMetadata(V03Values.struct(json.get("metadata"), path + ".metadata"));
        }
        return message.build();
    }

    static ObjectNode toV03(Message message) {
        ObjectNode json = V03Json.object();
        json.put("kind", "message");
        json.put("messageId", message.getMessageId());
        json.put("role", V03Enums.role(message.getRole()));
        json.set("parts", parts(message.getPartsList()));
        V03Json.putIfNotEmpty(json, "contextId", message.getContextId());
        V03Json.putIfNotEmpty(json, "taskId", message.getTaskId());
        V03Json.putStrings(json, "referenceTaskIds", message.getReferenceTaskIdsList());
        V03Json.putStrings(json, "extensions", message.getExtensionsList());
        V03Values.putStruct(json, "metadata", message.hasMetadata(), message.getMetadata());
        return json;
    }

    static Artifact artifactFromV03(JsonNode json, String path) {
        V03Json.requireObject(json, path);
        Artifact.Builder artifact = Artifact.newBuilder().setArtifactId(V03Json.string(json, "artifactId", path));
        String name = V03Json.optString(json, "name", path);
        if (name != null) {
            artifact.setName(name);
        }
        String description = V03Json.optString(json, "description", path);
        if (description != null) {
            artifact.setDescription(description);
        }
        artifact.addAllParts(parts(json, path));
        artifact.addAllExtensions(V03Json.strings(json, "extensions", path));
        if (V03Json.present(json, "metadata")) {
            artifact.setMetadata(V03Values.struct(json.get("metadata"), path + ".metadata"));
        }
        return artifact.build();
    }

    static ObjectNode toV03(Artifact artifact) {
        ObjectNode json = V03Json.object();
        json.put("artifactId", artifact.getArtifactId());
        V03Json.putIfNotEmpty(json, "name", artifact.getName());
        V03Json.putIfNotEmpty(json, "description", artifact.getDescription());
        json.set("parts", parts(artifact.getPartsList()));
        V03Json.putStrings(json, "extensions", artifact.getExtensionsList());
        V03Values.putStruct(json, "metadata", artifact.hasMetadata(), artifact.getMetadata());
        return json;
    }

    /**
     * Checks a {@code kind} discriminator when one is sent. A missing one is accepted: where the object sits already
     * says what it is, and several 0.3 clients leave {@code kind} out of what they send.
     */
    static void expectKind(JsonNode json, String expected, String path) {
        String kind = V03Json.optString(json, "kind", path);
        if (kind != null && !kind.equals(expected)) {
            throw A2aException.invalidParams(path + ".kind is \"" + kind + "\" where \"" + expected + "\" belongs");
        }
    }

    private static List<Part> parts(JsonNode json, String path) {
        List<JsonNode> items = V03Json.array(json, "parts", path);
        List<Part> parts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            parts.add(V03Parts.fromV03(items.get(i), path + ".parts[" + i + "]"));
        }
        return parts;
    }

    private static ArrayNode parts(List<Part> parts) {
        ArrayNode array = V03Json.array();
        parts.forEach(part -> array.add(V03Parts.toV03(part)));
        return array;
    }
}
