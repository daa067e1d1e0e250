package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AuthenticationInfo;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Push notification configurations. 0.3 nests the webhook ({@code PushNotificationConfig}: {@code id}, {@code url},
 * {@code token}, {@code authentication}) inside {@code {taskId, pushNotificationConfig}}; 1.0 flattens both into one
 * {@link TaskPushNotificationConfig}. 0.3's authentication lists {@code schemes[]}, 1.0's names one {@code scheme}:
 * the first listed scheme is the one used, since the webhook call can only carry one {@code Authorization} header.
 */
final class V03PushConfigs {
    private V03PushConfigs() {
    }

    /** A 0.3 {@code TaskPushNotificationConfig} ({@code tasks/pushNotificationConfig/set} params or a result). */
    static TaskPushNotificationConfig fromV03(JsonNode json, String path) {
        V03Json.requireObject(json, path);
        String taskId = V03Json.string(json, "taskId", path);
        return webhookFromV03(V03Json.object(json, "pushNotificationConfig", path), path + ".pushNotificationConfig")
                .setTaskId(taskId).build();
    }

    /** A 0.3 {@code PushNotificationConfig}, the webhook alone (as in {@code configuration.pushNotificationConfig}). */
    static TaskPushNotificationConfig.Builder webhookFromV03(JsonNode json, String path) {
        V03Json.requireObject(json, path);
        TaskPushNotificationConfig.Builder config = TaskPushNotificationConfig.newBuilder()
                .setUrl(V03Json.string(json, "url", path));
        String id = V03Json.optString(json, "id", path);
        if (id != null) {
            config.setId(id);
        }
        String token = V03Json.optString(json, "token", path);
        if (token != null) {
            config.setToken(token);
        }
        JsonNode auth = V03Json.optObject(json, "authentication", path);
        AuthenticationInfo info = auth == null ? null : authenticationFromV03(auth, path + ".authentication");
        if (info != null) {
            config.setAuthentication(info);
        }
        return config;
    }

    private static AuthenticationInfo authenticationFromV03(JsonNode auth, String path) {
        return authentication(V03Json.strings(auth, "schemes", path), V03Json.optString(auth, "credentials", path), path);
    }

    /**
     * 0.3's {@code schemes[]} and {@code credentials} as 1.0's one scheme, for the JSON and the proto forms alike;
     * {@code null} for no schemes and no credentials ({@code {"schemes": []}}, which some 0.3 clients send to mean
     * "no authentication", or an unset proto message).
     */
    static AuthenticationInfo authentication(List<String> schemes, String credentials, String path) {
        if (schemes.isEmpty()) {
            if (credentials == null || credentials.isEmpty()) {
                return null;
            }
            throw A2aException.invalidParams(path + ".schemes must name the scheme the credentials are for (e.g. Bearer)");
        }
        AuthenticationInfo.Builder info = AuthenticationInfo.newBuilder().setScheme(schemes.get(0));
        if (credentials != null) {
            info.setCredentials(credentials);
        }
        return info.build();
    }

    /**
     * A webhook registered without an {@code id} takes the task's id, as in the 0.3 reference SDKs: that is what
     * lets a later {@code get} with the task id alone find it.
     */
    static TaskPushNotificationConfig withDefaultId(TaskPushNotificationConfig config) {
        return config.getId().isEmpty() ? config.toBuilder().setId(config.getTaskId()).build() : config;
    }

    static ObjectNode toV03(TaskPushNotificationConfig config) {
        ObjectNode json = V03Json.object();
        json.put("taskId", config.getTaskId());
        json.set("pushNotificationConfig", webhookToV03(config));
        return json;
    }

    static ObjectNode webhookToV03(TaskPushNotificationConfig config) {
        ObjectNode webhook = V03Json.object();
        V03Json.putIfNotEmpty(webhook, "id", config.getId());
        webhook.put("url", config.getUrl());
        V03Json.putIfNotEmpty(webhook, "token", config.getToken());
        if (config.hasAuthentication()) {
            ObjectNode auth = webhook.putObject("authentication");
            auth.putArray("schemes").add(config.getAuthentication().getScheme());
            V03Json.putIfNotEmpty(auth, "credentials", config.getAuthentication().getCredentials());
        }
        return webhook;
    }
}
