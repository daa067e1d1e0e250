package io.agentwire.a2a.compat;

import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AuthenticationInfo;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;

/**
 * Send requests, push configurations and resource names between the 0.3 proto and the 1.0 model. 0.3 names tasks
 * and configs by resource name ({@code tasks/{id}}, {@code tasks/{id}/pushNotificationConfigs/{configId}}) where 1.0
 * has plain ids, and nests the webhook in {@code pushNotificationConfig} where 1.0 flattens it.
 */
final class V03ProtoRequests {
    private static final String TASKS = "tasks/";
    private static final String CONFIGS = "/pushNotificationConfigs/";

    private V03ProtoRequests() {
    }

    static SendMessageRequest fromV03(V03Proto.SendMessageRequest v03) {
        if (!v03.hasRequest()) {
            throw A2aException.invalidParams("message is required");
        }
        SendMessageRequest.Builder request = SendMessageRequest.newBuilder().setMessage(V03ProtoMessages.fromV03(v03.getRequest()));
        if (v03.hasConfiguration()) {
            request.setConfiguration(fromV03(v03.getConfiguration()));
        }
        if (v03.hasMetadata()) {
            request.setMetadata(v03.getMetadata());
        }
        return request.build();
    }

    static V03Proto.SendMessageRequest toV03(SendMessageRequest request) {
        V03Proto.SendMessageRequest.Builder v03 = V03Proto.SendMessageRequest.newBuilder()
                .setRequest(V03ProtoMessages.toV03(request.getMessage()));
        if (request.hasConfiguration()) {
            v03.setConfiguration(toV03(request.getConfiguration()));
        }
        if (request.hasMetadata()) {
            v03.setMetadata(request.getMetadata());
        }
        return v03.build();
    }

    /**
     * Unlike the JSON form, where only an explicit {@code blocking: false} means "do not wait", a proto bool cannot be
     * absent: a configuration with {@code blocking} unset asks for an immediate answer (what the 0.3 SDKs read from
     * it too). A request without a configuration waits, 1.0's default.
     */
    private static SendMessageConfiguration fromV03(V03Proto.SendMessageConfiguration v03) {
        SendMessageConfiguration.Builder config = SendMessageConfiguration.newBuilder()
                .addAllAcceptedOutputModes(v03.getAcceptedOutputModesList())
                .setReturnImmediately(!v03.getBlocking());
        if (v03.getHistoryLength() > 0) {
            config.setHistoryLength(v03.getHistoryLength());
        }
        if (v03.hasPushNotification()) {
            config.setTaskPushNotificationConfig(webhook(v03.getPushNotification(), "configuration.pushNotification"));
        }
        return config.build();
    }

    private static V03Proto.SendMessageConfiguration toV03(SendMessageConfiguration config) {
        V03Proto.SendMessageConfiguration.Builder v03 = V03Proto.SendMessageConfiguration.newBuilder()
                .addAllAcceptedOutputModes(config.getAcceptedOutputModesList())
                .setBlocking(!config.getReturnImmediately())
                .setHistoryLength(config.getHistoryLength());
        if (config.hasTaskPushNotificationConfig()) {
            v03.setPushNotification(webhook(config.getTaskPushNotificationConfig()));
        }
        return v03.build();
    }

    /**
     * A {@code CreateTaskPushNotificationConfig} request: the task from {@code parent}, the config id from
     * {@code configId}, else from the webhook, else the task's id ({@link V03PushConfigs#withDefaultId}).
     */
    static TaskPushNotificationConfig fromV03(V03Proto.CreateTaskPushNotificationConfigRequest v03) {
        if (!v03.getConfig().hasPushNotificationConfig()) {
            throw A2aException.invalidParams("config.pushNotificationConfig is required");
        }
        TaskPushNotificationConfig.Builder config = webhook(v03.getConfig().getPushNotificationConfig(),
                "config.pushNotificationConfig").toBuilder().setTaskId(taskId(v03.getParent()));
        if (!v03.getConfigId().isEmpty()) {
            config.setId(v03.getConfigId());
        }
        return V03PushConfigs.withDefaultId(config.build());
    }

    static V03Proto.CreateTaskPushNotificationConfigRequest createRequest(TaskPushNotificationConfig config) {
        return V03Proto.CreateTaskPushNotificationConfigRequest.newBuilder().setParent(taskName(config.getTaskId()))
                .setConfigId(config.getId()).setConfig(toV03(config)).build();
    }

    static V03Proto.TaskPushNotificationConfig toV03(TaskPushNotificationConfig config) {
        return V03Proto.TaskPushNotificationConfig.newBuilder().setName(configName(config.getTaskId(), config.getId()))
                .setPushNotificationConfig(webhook(config)).build();
    }

    static TaskPushNotificationConfig fromV03(V03Proto.TaskPushNotificationConfig v03) {
        String[] ids = configIds(v03.getName());
        return webhook(v03.getPushNotificationConfig(), "pushNotificationConfig").toBuilder().setTaskId(ids[0])
                .setId(v03.getPushNotificationConfig().getId().isEmpty() ? ids[1] : v03.getPushNotificationConfig().getId())
                .build();
    }

    private static TaskPushNotificationConfig webhook(V03Proto.PushNotificationConfig v03, String path) {
        TaskPushNotificationConfig.Builder config = TaskPushNotificationConfig.newBuilder()
                .setId(v03.getId()).setUrl(v03.getUrl()).setToken(v03.getToken());
        AuthenticationInfo auth = V03PushConfigs.authentication(v03.getAuthentication().getSchemesList(),
                v03.getAuthentication().getCredentials(), path + ".authentication");
        if (auth != null) {
            config.setAuthentication(auth);
        }
        return config.build();
    }

    private static V03Proto.PushNotificationConfig webhook(TaskPushNotificationConfig config) {
        V03Proto.PushNotificationConfig.Builder v03 = V03Proto.PushNotificationConfig.newBuilder()
                .setId(config.getId()).setUrl(config.getUrl()).setToken(config.getToken());
        if (config.hasAuthentication()) {
            v03.setAuthentication(V03Proto.AuthenticationInfo.newBuilder()
                    .addSchemes(config.getAuthentication().getScheme())
                    .setCredentials(config.getAuthentication().getCredentials()));
        }
        return v03.build();
    }

    static String taskName(String taskId) {
        return TASKS + taskId;
    }

    static String configName(String taskId, String configId) {
        return TASKS + taskId + CONFIGS + configId;
    }

    /** The id in {@code tasks/{id}}; a bare id is taken as it is, since some 0.3 clients send one. */
    static String taskId(String name) {
        String id = name.startsWith(TASKS) ? name.substring(TASKS.length()) : name;
        if (id.isEmpty() || id.contains("/")) {
            throw A2aException.invalidParams("\"" + name + "\" does not name a task (tasks/{id})");
        }
        return id;
    }

    /** The task id and the config id in {@code tasks/{id}/pushNotificationConfigs/{configId}}. */
    static String[] configIds(String name) {
        int configs = name.indexOf(CONFIGS);
        if (!name.startsWith(TASKS) || configs < 0 || configs + CONFIGS.length() == name.length()) {
            throw A2aException.invalidParams("\"" + name + "\" does not name a push notification config"
                    + " (tasks/{id}/pushNotificationConfigs/{configId})");
        }
        return new String[] {taskId(name.substring(0, configs)), name.substring(configs + CONFIGS.length())};
    }
}
