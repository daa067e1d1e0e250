package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskArtifactUpdateEvent;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tasks, their status and the two stream events, each tagged with its 0.3 {@code kind} ({@code task},
 * {@code status-update}, {@code artifact-update}); and the results of {@code message/send} and of each stream event,
 * where 1.0's wrapper member ({@code task}, {@code message}, {@code statusUpdate}, {@code artifactUpdate}) becomes
 * that {@code kind}.
 */
final class V03Tasks {
    private V03Tasks() {
    }

    // ---- 1.0 -> 0.3 -------------------------------------------------------------------------------------

    /** A {@code message/send} result: the task or the message, kind-tagged. */
    static ObjectNode toV03(SendMessageResponse response) {
        return response.hasMessage() ? V03Messages.toV03(response.getMessage()) : toV03(response.getTask());
    }

    /** One stream event as the {@code result} of a 0.3 stream response. */
    static ObjectNode toV03(StreamResponse event) {
        switch (event.getPayloadCase()) {
            case MESSAGE:
                return V03Messages.toV03(event.getMessage());
            case STATUS_UPDATE:
                return toV03(event.getStatusUpdate());
            case ARTIFACT_UPDATE:
                return toV03(event.getArtifactUpdate());
            default:
                return toV03(event.getTask());
        }
    }

    static ObjectNode toV03(Task task) {
        ObjectNode json = V03Json.object();
        json.put("kind", "task");
        json.put("id", task.getId());
        json.put("contextId", task.getContextId());
        json.set("status", toV03(task.getStatus()));
        if (task.getArtifactsCount() > 0) {
            ArrayNode artifacts = json.putArray("artifacts");
            task.getArtifactsList().forEach(artifact -> artifacts.add(V03Messages.toV03(artifact)));
        }
        if (task.getHistoryCount() > 0) {
            ArrayNode history = json.putArray("history");
            task.getHistoryList().forEach(message -> history.add(V03Messages.toV03(message)));
        }
        V03Values.putStruct(json, "metadata", task.hasMetadata(), task.getMetadata());
        return json;
    }

    static ObjectNode toV03(TaskStatus status) {
        ObjectNode json = V03Json.object();
        json.put("state", V03Enums.state(status.getState()));
        if (status.hasMessage()) {
            json.set("message", V03Messages.toV03(status.getMessage()));
        }
        if (status.hasTimestamp()) {
            json.put("timestamp", V03Values.timestamp(status.getTimestamp()));
        }
        return json;
    }

    /** {@code final} is derived from the state: 1.0 dropped it because a terminal or interrupted state says as much. */
    static ObjectNode toV03(TaskStatusUpdateEvent event) {
        ObjectNode json = V03Json.object();
        json.put("kind", "status-update");
        json.put("taskId", event.getTaskId());
        json.put("contextId", event.getContextId());
        json.set("status", toV03(event.getStatus()));
        json.put("final", V03Enums.isFinal(event.getStatus().getState()));
        V03Values.putStruct(json, "metadata", event.hasMetadata(), event.getMetadata());
        return json;
    }

    static ObjectNode toV03(TaskArtifactUpdateEvent event) {
        ObjectNode json = V03Json.object();
        json.put("kind", "artifact-update");
        json.put("taskId", event.getTaskId());
        json.put("contextId", event.getContextId());
        json.set("artifact", V03Messages.toV03(event.getArtifact()));
        if (event.getAppend()) {
            json.put("append", true);
        }
        if (event.getLastChunk()) {
            json.put("lastChunk", true);
        }
        V03Values.putStruct(json, "metadata", event.hasMetadata(), event.getMetadata());
        return json;
    }

    // ---- 0.3 -> 1.0 -------------------------------------------------------------------------------------

    /**
     * A 0.3 stream or send result, told apart by its {@code kind}: {@code task}, {@code message},
     * {@code status-update} or {@code artifact-update}.
     */
    static StreamResponse eventFromV03(JsonNode json) {
        V03Json.requireObject(json, "result");
        String kind = V03Json.string(json, "kind", "result");
        StreamResponse.Builder event = StreamResponse.newBuilder();
        switch (kind) {
            case "task":
                return event.setTask(taskFromV03(json, "result")).build();
            case "message":
                return event.setMessage(V03Messages.messageFromV03(json, "result")).build();
            case "status-update":
                return event.setStatusUpdate(statusUpdateFromV03(json, "result")).build();
            case "artifact-update":
                return event.setArtifactUpdate(artifactUpdateFromV03(json, "result")).build();
            default:
                throw A2aException.invalidParams("result.kind \"" + kind
                        + "\" is not a 0.3 result kind (task, message, status-update or artifact-update)");
        }
    }

    static Task taskFromV03(JsonNode json, String path) {
        V03Json.requireObject(json, path);
        V03Messages.expectKind(json, "task", path);
        Task.Builder task = Task.newBuilder()
                .setId(V03Json.string(json, "id", path))
                .setStatus(statusFromV03(V03Json.object(json, "status", path), path + ".status"));
        String contextId = V03Json.optString(json, "contextId", path);
        if (contextId != null) {
            task.setContextId(contextId);
        }
        List<JsonNode> artifacts = V03Json.array(json, "artifacts", path);
        for (int i = 0; i < artifacts.size(); i++) {
            task.addArtifacts(V03Messages.artifactFromV03(artifacts.get(i), path + ".artifacts[" + i + "]"));
        }
        List<JsonNode> history = V03Json.array(json, "history", path);
        for (int i = 0; i < history.size(); i++) {
            task.addHistory(V03Messages.messageFromV03(history.get(i), path + ".history[" + i + "]"));
        }
        if (V03Json.present(json, "metadata")) {
            task.setMetadata(V03Values.struct(json.get("metadata"), path + ".metadata"));
        }
        return task.build();
    }

    static TaskStatus statusFromV03(JsonNode json, String path) {
        TaskStatus.Builder status = TaskStatus.newBuilder()
                .setState(V03Enums.state(V03Json.string(json, "state", path), path + ".state"));
        JsonNode message = V03Json.optObject(json, "message", path);
        if (message != null) {
            status.setMessage(V03Messages.messageFromV03(message, path + ".message"));
        }
        String timestamp = V03Json.optString(json, "timestamp", path);
        if (timestamp != null) {
            status.setTimestamp(V03Values.timestamp(timestamp, path + ".timestamp"));
        }
        return status.build();
    }

    /** {@code final} is read past: in 1.0 the state alone says whether the interaction is over. */
    static TaskStatusUpdateEvent statusUpdateFromV03(JsonNode json, String path) {
        V03Messages.expectKind(json, "status-update", path);
        TaskStatusUpdateEvent.Builder event = TaskStatusUpdateEvent.newBuilder()
                .setTaskId(V03Json.string(json, "taskId", path))
                .setStatus(statusFromV03(V03Json.object(json, "status", path), path + ".status"));
        String contextId = V03Json.optString(json, "contextId", path);
        if (contextId != null) {
            event.setContextId(contextId);
        }
        if (V03Json.present(json, "metadata")) {
            event.setMetadata(V03Values.struct(json.get("metadata"), path + ".metadata"));
        }
        return event.build();
    }

    static TaskArtifactUpdateEvent artifactUpdateFromV03(JsonNode json, String path) {
        V03Messages.expectKind(json, "artifact-update", path);
        TaskArtifactUpdateEvent.Builder event = TaskArtifactUpdateEvent.newBuilder()
                .setTaskId(V03Json.string(json, "taskId", path))
                .setArtifact(V03Messages.artifactFromV03(V03Json.object(json, "artifact", path), path + ".artifact"));
        String contextId = V03Json.optString(json, "contextId", path);
        if (contextId != null) {
            event.setContextId(contextId);
        }
        event.setAppend(Boolean.TRUE.equals(V03Json.optBoolean(json, "append", path)));
        event.setLastChunk(Boolean.TRUE.equals(V03Json.optBoolean(json, "lastChunk", path)));
        if (V03Json.present(json, "metadata")) {
            event.setMetadata(V03Values.struct(json.get("metadata"), path + ".metadata"));
        }
        return event.build();
    }
}
