package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code params} of the 0.3 JSON-RPC methods as 1.0 requests. */
final class V03Requests {
    private static final String PARAMS = "params";

    private V03Requests() {
    }

    /** {@code MessageSendParams} of {@code message/send} and {@code message/stream}. */
    static SendMessageRequest send(JsonNode params) {
        SendMessageRequest.Builder request = SendMessageRequest.newBuilder()
                .setMessage(V03Messages.messageFromV03(V03Json.object(params, "message", PARAMS), PARAMS + ".message"));
        JsonNode configuration = V03Json.optObject(params, "configuration", PARAMS);
        if (configuration != null) {
            request.setConfiguration(configurationFromV03(configuration, PARAMS + ".configuration"));
        }
        if (V03Json.present(params, "metadata")) {
            request.setMetadata(V03Values.struct(params.get("metadata"), PARAMS + ".metadata"));
        }
        return request.build();
    }

    /**
     * 0.3's {@code blocking} against 1.0's {@code returnImmediately}. 0.3 servers wait when {@code blocking} is absent
     * (the reference SDKs treat only an explicit {@code false} as "do not wait"), which is 1.0's default too; so only
     * {@code blocking: false} turns into {@code returnImmediately: true}.
     */
    static SendMessageConfiguration configurationFromV03(JsonNode json, String path) {
        SendMessageConfiguration.Builder config = SendMessageConfiguration.newBuilder()
                .addAllAcceptedOutputModes(V03Json.strings(json, "acceptedOutputModes", path));
        if (Boolean.FALSE.equals(V03Json.optBoolean(json, "blocking", path))) {
            config.setReturnImmediately(true);
        }
        Integer historyLength = V03Json.optInt(json, "historyLength", path);
        if (historyLength != null) {
            config.setHistoryLength(historyLength);
        }
        JsonNode webhook = V03Json.optObject(json, "pushNotificationConfig", path);
        if (webhook != null) {
            config.setTaskPushNotificationConfig(V03PushConfigs.webhookFromV03(webhook, path + ".pushNotificationConfig"));
        }
        return config.build();
    }

    static ObjectNode configurationToV03(SendMessageConfiguration config) {
        ObjectNode json = V03Json.object();
        V03Json.putStrings(json, "acceptedOutputModes", config.getAcceptedOutputModesList());
        json.put("blocking", !config.getReturnImmediately());
        if (config.hasHistoryLength()) {
            json.put("historyLength", config.getHistoryLength());
        }
        if (config.hasTaskPushNotificationConfig()) {
            json.set("pushNotificationConfig", V03PushConfigs.webhookToV03(config.getTaskPushNotificationConfig()));
        }
        return json;
    }

    /** {@code TaskQueryParams} of {@code tasks/get}. */
    static GetTaskRequest getTask(JsonNode params) {
        GetTaskRequest.Builder request = GetTaskRequest.newBuilder().setId(V03Json.string(params, "id", PARAMS));
        Integer historyLength = V03Json.optInt(params, "historyLength", PARAMS);
        if (historyLength != null) {
            request.setHistoryLength(historyLength);
        }
        return request.build();
    }

    /** {@code TaskIdParams} of {@code tasks/cancel}. */
    static CancelTaskRequest cancelTask(JsonNode params) {
        CancelTaskRequest.Builder request = CancelTaskRequest.newBuilder().setId(V03Json.string(params, "id", PARAMS));
        if (V03Json.present(params, "metadata")) {
            request.setMetadata(V03Values.struct(params.get("metadata"), PARAMS + ".metadata"));
        }
        return request.build();
    }

    /** {@code TaskIdParams} of {@code tasks/resubscribe}. */
    static SubscribeToTaskRequest subscribe(JsonNode params) {
        return SubscribeToTaskRequest.newBuilder().setId(V03Json.string(params, "id", PARAMS)).build();
    }

    /** {@code tasks/pushNotificationConfig/set}; see {@link V03PushConfigs#withDefaultId}. */
    static TaskPushNotificationConfig setPushConfig(JsonNode params) {
        return V03PushConfigs.withDefaultId(V03PushConfigs.fromV03(params, PARAMS));
    }

    /** The task id of the push config methods ({@code id}, as in all 0.3 task params). */
    static String pushTaskId(JsonNode params) {
        return V03Json.string(params, "id", PARAMS);
    }

    /** The config id of {@code tasks/pushNotificationConfig/get}, or {@code null}: 0.3 lets the caller leave it out. */
    static String pushConfigId(JsonNode params) {
        return V03Json.optString(params, "pushNotificationConfigId", PARAMS);
    }

    static DeleteTaskPushNotificationConfigRequest deletePushConfig(JsonNode params) {
        return DeleteTaskPushNotificationConfigRequest.newBuilder().setTaskId(pushTaskId(params))
                .setId(V03Json.string(params, "pushNotificationConfigId", PARAMS)).build();
    }

    /** The params object of a request, {@code {}} when absent; anything but an object is refused. */
    static JsonNode params(JsonNode params) {
        if (params == null || params.isNull()) {
            return V03Json.object();
        }
        if (!params.isObject()) {
            throw A2aException.invalidParams("params must be an object");
        }
        return params;
    }
}
