package io.agentwire.a2a.server;

import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.util.List;

/** Hands task events to the webhooks registered for the task. Must not block: deliveries happen elsewhere. */
@FunctionalInterface
public interface PushDispatcher {
    PushDispatcher NONE = (configs, event) -> { };

    void dispatch(List<TaskPushNotificationConfig> configs, StreamResponse event);
}
