package io.agentwire.a2a.compat;

import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;

/**
 * The 0.3 proto ⇄ 1.0 model translation, for code outside this package (the 0.3 gRPC and HTTP+JSON client
 * transports, tests); {@link V03Translator} is its counterpart for the 0.3 JSON shapes. Malformed 0.3 input is
 * {@link io.agentwire.a2a.error.A2aException} INVALID_PARAMS.
 */
public final class V03Protos {
    private V03Protos() {
    }

    public static V03Proto.SendMessageRequest toV03(SendMessageRequest request) {
        return V03ProtoRequests.toV03(request);
    }

    public static SendMessageResponse fromV03(V03Proto.SendMessageResponse response) {
        return V03ProtoTasks.fromV03(response);
    }

    public static StreamResponse fromV03(V03Proto.StreamResponse event) {
        return V03ProtoTasks.fromV03(event);
    }

    public static V03Proto.StreamResponse toV03(StreamResponse event) {
        return V03ProtoTasks.toV03(event);
    }

    public static Task fromV03(V03Proto.Task task) {
        return V03ProtoTasks.fromV03(task);
    }

    public static V03Proto.Task toV03(Task task) {
        return V03ProtoTasks.toV03(task);
    }

    /** The {@code CreateTaskPushNotificationConfig} request for a 1.0 config (task and config id in their names). */
    public static V03Proto.CreateTaskPushNotificationConfigRequest createRequest(TaskPushNotificationConfig config) {
        return V03ProtoRequests.createRequest(config);
    }

    public static TaskPushNotificationConfig fromV03(V03Proto.TaskPushNotificationConfig config) {
        return V03ProtoRequests.fromV03(config);
    }

    public static AgentCard fromV03(V03Proto.AgentCard card) {
        return V03ProtoCards.fromV03(card);
    }

    /** @param v03Url the card's main url, as for {@link V03Cards#toV03(AgentCard, String)} */
    public static V03Proto.AgentCard toV03(AgentCard card, String v03Url) {
        return V03ProtoCards.toV03(card, v03Url);
    }

    /** {@code tasks/{id}}. */
    public static String taskName(String taskId) {
        return V03ProtoRequests.taskName(taskId);
    }

    /** {@code tasks/{id}/pushNotificationConfigs/{configId}}. */
    public static String configName(String taskId, String configId) {
        return V03ProtoRequests.configName(taskId, configId);
    }
}
