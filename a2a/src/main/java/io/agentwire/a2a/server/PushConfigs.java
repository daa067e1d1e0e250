package io.agentwire.a2a.server;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** The four push-notification configuration operations, on the configurations stored with each task. */
final class PushConfigs {
    private final boolean supported;
    private final Consumer<TaskPushNotificationConfig> validator;
    private final BiFunction<CallContext, String, LiveTask> tasks;

    /**
     * @param supported whether the card declares {@code pushNotifications}; if not, every operation is refused
     * @param validator refuses, by throwing {@link IllegalArgumentException}, configs the server must not deliver to
     *                  (the SSRF guard on the URL, malformed credentials)
     * @param tasks     finds the caller's task, or throws {@code TaskNotFoundError}
     */
    PushConfigs(boolean supported, Consumer<TaskPushNotificationConfig> validator, BiFunction<CallContext, String, LiveTask> tasks) {
        this.supported = supported;
        this.validator = validator;
        this.tasks = tasks;
    }

    /** Fills in the id and task of a new configuration after checking it; used for creation and on SendMessage. */
    TaskPushNotificationConfig prepare(TaskPushNotificationConfig config, String taskId) {
        requireSupport();
        if (config.getUrl().isEmpty()) {
            throw A2aException.invalidParams("A push notification config needs a url");
        }
        try {
            validator.accept(config);
        } catch (IllegalArgumentException refused) {
            throw A2aException.invalidParams("Webhook URL refused: " + refused.getMessage());
        }
        TaskPushNotificationConfig.Builder prepared = config.toBuilder().setTaskId(taskId);
        if (prepared.getId().isEmpty()) {
            prepared.setId(UUID.randomUUID().toString());
        }
        return prepared.build();
    }

    TaskPushNotificationConfig create(CallContext call, TaskPushNotificationConfig config) {
        requireSupport();
        if (config.getTaskId().isEmpty()) {
            throw A2aException.invalidParams("taskId is required");
        }
        LiveTask task = tasks.apply(call, config.getTaskId());
        TaskPushNotificationConfig prepared = prepare(config, task.taskId());
        synchronized (task) {
            List<TaskPushNotificationConfig> configs = new ArrayList<>(task.stored().pushConfigs());
            configs.removeIf(existing -> existing.getId().equals(prepared.getId()));
            configs.add(prepared);
            task.replacePushConfigs(configs);
        }
        return prepared;
    }

    TaskPushNotificationConfig get(CallContext call, GetTaskPushNotificationConfigRequest request) {
        requireSupport();
        LiveTask task = tasks.apply(call, request.getTaskId());
        return task.stored().pushConfigs().stream().filter(c -> c.getId().equals(request.getId())).findFirst()
                .orElseThrow(() -> new A2aException(A2aError.TASK_NOT_FOUND, "Task " + request.getTaskId()
                        + " has no push notification config " + request.getId()));
    }

    ListTaskPushNotificationConfigsResponse list(CallContext call, ListTaskPushNotificationConfigsRequest request) {
        requireSupport();
        if (request.getPageSize() < 0) {
            throw A2aException.invalidParams("pageSize must not be negative");
        }
        List<TaskPushNotificationConfig> configs = tasks.apply(call, request.getTaskId()).stored().pushConfigs();
        int start = parseOffset(request.getPageToken(), configs.size());
        int size = request.getPageSize() == 0 ? configs.size() : request.getPageSize();
        int end = Math.min(configs.size(), start + size);
        return ListTaskPushNotificationConfigsResponse.newBuilder().addAllConfigs(configs.subList(start, end))
                .setNextPageToken(end < configs.size() ? Integer.toString(end) : "").build();
    }

    /** Deleting is idempotent: a configuration that is already gone is not an error. */
    void delete(CallContext call, DeleteTaskPushNotificationConfigRequest request) {
        requireSupport();
        LiveTask task = tasks.apply(call, request.getTaskId());
        synchronized (task) {
            List<TaskPushNotificationConfig> configs = new ArrayList<>(task.stored().pushConfigs());
            if (configs.removeIf(existing -> existing.getId().equals(request.getId()))) {
                task.replacePushConfigs(configs);
            }
        }
    }

    private void requireSupport() {
        if (!supported) {
            throw new A2aException(A2aError.PUSH_NOTIFICATION_NOT_SUPPORTED, "This agent does not send push notifications");
        }
    }

    private static int parseOffset(String token, int size) {
        if (token.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(token);
            if (offset < 0 || offset > size) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw A2aException.invalidParams("Invalid pageToken");
        }
    }
}
