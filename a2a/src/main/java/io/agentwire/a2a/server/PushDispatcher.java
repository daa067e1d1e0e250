package io.agentwire.a2a.server;

import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.util.List;

/** Hands task events to the webhooks registered for the task. Must not block: deliveries happen elsewhere. */
@FunctionalInterface
public interface PushDispatcher {
    PushDispatcher NONE = (configs, event) -> { };

    void dispatch(List<TaskPushNotificationConfig> configs, StreamResponse event);

    /**
     * The engine calls this one, with the task as it stands after the event, for webhooks that want the whole task
     * rather than the change (those registered by 0.3 clients). By default the task is not used.
     */
    default void dispatch(List<TaskPushNotificationConfig> configs, StreamResponse event, Task task) {
        dispatch(configs, event);
    }
}
