package io.agentwire.a2a.server;

import com.google.protobuf.util.Timestamps;
import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskArtifactUpdateEvent;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;
import io.agentwire.a2a.store.StoredTask;
import io.agentwire.a2a.store.TaskStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One task while anything can still happen to it: its current state, the streams watching it and the blocking sends
 * waiting for it to settle. Every change runs under this object's lock, is saved to the store, and then reaches the
 * streams and webhooks in the same order, so every observer sees the same sequence.
 */
final class LiveTask {
    private final String taskId;
    private final String contextId;
    private final String owner;
    private final TaskStore store;
    private final PushDispatcher push;
    private final List<Watcher> watchers = new ArrayList<>();
    private final List<CompletableFuture<Task>> settledWaiters = new ArrayList<>();
    private final CompletableFuture<Task> created = new CompletableFuture<>();
    private StoredTask current;

    /** A stream and whether it ends at an interrupted state (message streams) or only at a terminal one. */
    private record Watcher(StreamSink sink, boolean endWhenInterrupted) {
    }

    LiveTask(String taskId, String contextId, String owner, TaskStore store, PushDispatcher push) {
        this.taskId = taskId;
        this.contextId = contextId;
        this.owner = owner;
        this.store = store;
        this.push = push;
    }

    /** Picks up a task that already exists in the store. */
    static LiveTask resume(StoredTask stored, TaskStore store, PushDispatcher push) {
        LiveTask live = new LiveTask(stored.id(), stored.task().getContextId(), stored.owner(), store, push);
        live.current = stored;
        live.created.complete(stored.task());
        return live;
    }

    String taskId() {
        return taskId;
    }

    String contextId() {
        return contextId;
    }

    synchronized StoredTask stored() {
        return current;
    }

    synchronized boolean isCreated() {
        return current != null;
    }

    synchronized TaskState state() {
        return current == null ? TaskState.TASK_STATE_UNSPECIFIED : current.task().getStatus().getState();
    }

    /** Completes with the task once it exists. */
    CompletableFuture<Task> created() {
        return created;
    }

    /** Completes with the task at the next terminal or interrupted state reported after this call. */
    synchronized CompletableFuture<Task> nextSettled() {
        CompletableFuture<Task> waiter = new CompletableFuture<>();
        settledWaiters.add(waiter);
        return waiter;
    }

    /** Attaches a stream; with {@code snapshotFirst} it first receives the task as it stands. */
    synchronized void watch(StreamSink sink, boolean endWhenInterrupted, boolean snapshotFirst) {
        if (snapshotFirst && current != null) {
            sink.event(StreamResponse.newBuilder().setTask(current.task()).build());
            if (ends(current.task().getStatus().getState(), endWhenInterrupted)) {
                sink.end();
                return;
            }
        }
        watchers.add(new Watcher(sink, endWhenInterrupted));
    }

    /**
     * Attaches the stream of a message that continues this task: it first receives the task as it stands (its new
     * message included) and then the work the message causes, up to the next terminal or interrupted state.
     */
    synchronized void watchContinuation(StreamSink sink) {
        sink.event(StreamResponse.newBuilder().setTask(current.task()).build());
        watchers.add(new Watcher(sink, true));
    }

    /** The first event of a new task: it comes into being with {@code status}. */
    synchronized void create(TaskStatus status, List<Message> history, List<TaskPushNotificationConfig> pushConfigs) {
        Task task = Task.newBuilder().setId(taskId).setContextId(contextId).setStatus(status).addAllHistory(history).build();
        current = new StoredTask(task, owner, pushConfigs);
        store.save(current);
        created.complete(task);
        publish(StreamResponse.newBuilder().setTask(task).build());
        settle(status.getState());
    }

    /** A follow-up message from the client joins the history of an existing task. */
    synchronized void appendHistory(Message message) {
        update(current.task().toBuilder().addHistory(message).build());
    }

    synchronized void status(TaskState state, Message message) {
        TaskLifecycle.checkTransition(state(), state);
        TaskStatus.Builder status = TaskStatus.newBuilder().setState(state).setTimestamp(Timestamps.fromMillis(System.currentTimeMillis()));
        Task.Builder task = current.task().toBuilder();
        if (message != null) {
            status.setMessage(message);
            task.addHistory(message);
        }
        update(task.setStatus(status).build());
        publish(StreamResponse.newBuilder().setStatusUpdate(TaskStatusUpdateEvent.newBuilder()
                .setTaskId(taskId).setContextId(contextId).setStatus(status)).build());
        settle(state);
    }

    synchronized void artifact(Artifact artifact, boolean append, boolean lastChunk) {
        TaskState state = state();
        if (TaskLifecycle.terminal(state)) {
            throw new IllegalStateException("The task is " + state + " and can no longer change (artifact "
                    + artifact.getArtifactId() + ")");
        }
        update(Artifacts.merge(current.task(), artifact, append));
        publish(StreamResponse.newBuilder().setArtifactUpdate(TaskArtifactUpdateEvent.newBuilder()
                .setTaskId(taskId).setContextId(contextId).setArtifact(artifact)
                .setAppend(append).setLastChunk(lastChunk)).build());
    }

    synchronized void replacePushConfigs(List<TaskPushNotificationConfig> configs) {
        current = current.withPushConfigs(configs);
        store.save(current);
    }

    private void update(Task task) {
        current = current.withTask(task);
        store.save(current);
    }

    private void publish(StreamResponse event) {
        Iterator<Watcher> it = watchers.iterator();
        while (it.hasNext()) {
            Watcher watcher = it.next();
            if (watcher.sink().closed()) {
                it.remove();
            } else {
                watcher.sink().event(event);
            }
        }
        if (!current.pushConfigs().isEmpty()) {
            push.dispatch(current.pushConfigs(), event, current.task());
        }
    }

    private void settle(TaskState state) {
        if (TaskLifecycle.settled(state)) {
            settledWaiters.forEach(waiter -> waiter.complete(current.task()));
            settledWaiters.clear();
        }
        Iterator<Watcher> it = watchers.iterator();
        while (it.hasNext()) {
            Watcher watcher = it.next();
            if (ends(state, watcher.endWhenInterrupted())) {
                watcher.sink().end();
                it.remove();
            }
        }
    }

    private static boolean ends(TaskState state, boolean endWhenInterrupted) {
        return TaskLifecycle.terminal(state) || (endWhenInterrupted && TaskLifecycle.interrupted(state));
    }
}
