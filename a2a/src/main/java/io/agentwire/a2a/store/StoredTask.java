package io.agentwire.a2a.store;

import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.util.List;
import java.util.Objects;

/**
 * A task as the store keeps it: the wire {@link Task} plus what only the server needs.
 *
 * @param task        the task as clients see it
 * @param owner       who created it (an authenticated caller's name, or empty); tasks are listed to their owner only
 * @param pushConfigs the webhooks registered for it
 */
public record StoredTask(Task task, String owner, List<TaskPushNotificationConfig> pushConfigs) {

    public StoredTask {
        Objects.requireNonNull(task, "task");
        owner = owner == null ? "" : owner;
        pushConfigs = List.copyOf(pushConfigs);
    }

    public String id() {
        return task.getId();
    }

    /** The status timestamp in epoch milliseconds (0 when unset): the order tasks are listed in. */
    public long statusMillis() {
        com.google.protobuf.Timestamp ts = task.getStatus().getTimestamp();
        return ts.getSeconds() * 1000L + ts.getNanos() / 1_000_000;
    }

    public StoredTask withTask(Task updated) {
        return new StoredTask(updated, owner, pushConfigs);
    }

    public StoredTask withPushConfigs(List<TaskPushNotificationConfig> configs) {
        return new StoredTask(task, owner, configs);
    }
}
