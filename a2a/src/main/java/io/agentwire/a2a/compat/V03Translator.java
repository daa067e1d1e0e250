package io.agentwire.a2a.compat;

import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskArtifactUpdateEvent;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 0.3 ⇄ 1.0 translation in one place, for code outside this package (a 0.3 client, the card endpoint, tests).
 * {@code fromV03...} methods read 0.3 JSON trees and throw {@link io.agentwire.a2a.error.A2aException} with
 * {@code INVALID_PARAMS} naming the offending field; {@code toV03} methods never fail and return fresh trees with
 * the {@code kind} discriminators 0.3 requires. Unknown 0.3 fields are ignored.
 */
public final class V03Translator {
    private V03Translator() {
    }

    public static Part fromV03Part(JsonNode json) {
        return V03Parts.fromV03(json, "part");
    }

    public static ObjectNode toV03(Part part) {
        return V03Parts.toV03(part);
    }

    public static Message fromV03Message(JsonNode json) {
        return V03Messages.messageFromV03(json, "message");
    }

    public static ObjectNode toV03(Message message) {
        return V03Messages.toV03(message);
    }

    public static Artifact fromV03Artifact(JsonNode json) {
        return V03Messages.artifactFromV03(json, "artifact");
    }

    public static ObjectNode toV03(Artifact artifact) {
        return V03Messages.toV03(artifact);
    }

    public static TaskStatus fromV03Status(JsonNode json) {
        return V03Tasks.statusFromV03(V03Json.requireObject(json, "status"), "status");
    }

    public static ObjectNode toV03(TaskStatus status) {
        return V03Tasks.toV03(status);
    }

    public static Task fromV03Task(JsonNode json) {
        return V03Tasks.taskFromV03(json, "task");
    }

    public static ObjectNode toV03(Task task) {
        return V03Tasks.toV03(task);
    }

    public static TaskStatusUpdateEvent fromV03StatusUpdate(JsonNode json) {
        return V03Tasks.statusUpdateFromV03(V03Json.requireObject(json, "event"), "event");
    }

    /** With {@code final: true} when the new state is terminal or interrupted. */
    public static ObjectNode toV03(TaskStatusUpdateEvent event) {
        return V03Tasks.toV03(event);
    }

    public static TaskArtifactUpdateEvent fromV03ArtifactUpdate(JsonNode json) {
        return V03Tasks.artifactUpdateFromV03(V03Json.requireObject(json, "event"), "event");
    }

    public static ObjectNode toV03(TaskArtifactUpdateEvent event) {
        return V03Tasks.toV03(event);
    }

    /** A {@code message/send} result or stream event, by its {@code kind}. */
    public static StreamResponse fromV03Event(JsonNode json) {
        return V03Tasks.eventFromV03(json);
    }

    public static ObjectNode toV03(StreamResponse event) {
        return V03Tasks.toV03(event);
    }

    public static ObjectNode toV03(SendMessageResponse response) {
        return V03Tasks.toV03(response);
    }

    /** {@code MessageSendParams}. */
    public static SendMessageRequest fromV03SendParams(JsonNode json) {
        return V03Requests.send(V03Json.requireObject(json, "params"));
    }

    public static ObjectNode toV03(SendMessageRequest request) {
        ObjectNode json = V03Json.object();
        json.set("message", V03Messages.toV03(request.getMessage()));
        if (request.hasConfiguration()) {
            json.set("configuration", V03Requests.configurationToV03(request.getConfiguration()));
        }
        V03Values.putStruct(json, "metadata", request.hasMetadata(), request.getMetadata());
        return json;
    }

    public static SendMessageConfiguration fromV03Configuration(JsonNode json) {
        return V03Requests.configurationFromV03(V03Json.requireObject(json, "configuration"), "configuration");
    }

    public static ObjectNode toV03(SendMessageConfiguration configuration) {
        return V03Requests.configurationToV03(configuration);
    }

    /** A 0.3 {@code TaskPushNotificationConfig} ({@code {taskId, pushNotificationConfig}}). */
    public static TaskPushNotificationConfig fromV03PushConfig(JsonNode json) {
        return V03PushConfigs.fromV03(json, "config");
    }

    public static ObjectNode toV03(TaskPushNotificationConfig config) {
        return V03PushConfigs.toV03(config);
    }

    public static TaskState fromV03State(String state) {
        return V03Enums.state(state, "state");
    }

    public static String toV03(TaskState state) {
        return V03Enums.state(state);
    }

    public static Role fromV03Role(String role) {
        return V03Enums.role(role, "role");
    }

    public static String toV03(Role role) {
        return V03Enums.role(role);
    }
}
