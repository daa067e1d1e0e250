package io.agentwire.a2a.server;

import com.google.protobuf.util.Timestamps;
import io.agentwire.a2a.EventSink;
import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link EventSink} of one execution. Until the executor's first event it is open to both answers; a reply
 * completes {@link #reply()} and nothing else may follow, a task event creates the task (with the client's message
 * as the first history entry) and replies are refused from then on.
 */
final class TaskSink implements EventSink {
    private final LiveTask task;
    private final Message userMessage;
    private final List<TaskPushNotificationConfig> initialPushConfigs;
    private final CompletableFuture<Message> reply = new CompletableFuture<>();
    private boolean emitted;

    TaskSink(LiveTask task, Message userMessage, List<TaskPushNotificationConfig> initialPushConfigs) {
        this.task = task;
        this.userMessage = userMessage;
        this.initialPushConfigs = initialPushConfigs;
    }

    /** Completes when the executor answers with a message instead of a task. */
    CompletableFuture<Message> reply() {
        return reply;
    }

    /** Whether the executor has said anything yet. */
    synchronized boolean emitted() {
        return emitted;
    }

    @Override
    public synchronized void reply(Message message) {
        if (task.isCreated()) {
            throw new IllegalStateException("Task " + task.taskId() + " exists; answer through its status instead");
        }
        if (reply.isDone()) {
            throw new IllegalStateException("This request was already answered");
        }
        emitted = true;
        reply.complete(ownMessage(message, false));
    }

    @Override
    public synchronized void status(TaskState state, Message message) {
        ensureNoReply();
        emitted = true;
        Message own = message == null ? null : ownMessage(message, true);
        if (!task.isCreated()) {
            // A task is born SUBMITTED and then moves on, so streams always see the task first and every change
            // after it as a status update, whatever state the agent reported first.
            TaskStatus submitted = TaskStatus.newBuilder().setState(TaskState.TASK_STATE_SUBMITTED)
                    .setTimestamp(Timestamps.fromMillis(System.currentTimeMillis())).build();
            task.create(submitted, List.of(userMessage), initialPushConfigs);
            if (state == TaskState.TASK_STATE_SUBMITTED && own == null) {
                return;
            }
        }
        task.status(state, own);
    }

    @Override
    public synchronized void artifact(Artifact artifact, boolean append, boolean lastChunk) {
        ensureNoReply();
        if (!task.isCreated()) {
            status(TaskState.TASK_STATE_WORKING, null);
        }
        emitted = true;
        Artifact own = artifact.getArtifactId().isEmpty()
                ? artifact.toBuilder().setArtifactId(UUID.randomUUID().toString()).build() : artifact;
        task.artifact(own, append, lastChunk);
    }

    @Override
    public Message agentText(String text) {
        return ownMessage(Message.newBuilder().addParts(Part.newBuilder().setText(text)).build(), true);
    }

    private void ensureNoReply() {
        if (reply.isDone()) {
            throw new IllegalStateException("This request was answered with a message; it has no task");
        }
    }

    /**
     * Agent messages carry the agent role, a message id and the context, whatever the executor filled in; messages
     * about the task also carry its id, while a direct reply has no task to name.
     */
    private Message ownMessage(Message message, boolean aboutTask) {
        Message.Builder own = message.toBuilder().setRole(Role.ROLE_AGENT).setContextId(task.contextId());
        if (own.getMessageId().isEmpty()) {
            own.setMessageId(UUID.randomUUID().toString());
        }
        if (aboutTask) {
            own.setTaskId(task.taskId());
        } else {
            own.clearTaskId();
        }
        return own.build();
    }
}
