package io.agentwire.a2a;

import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.TaskState;

/**
 * How an executor reports. Thread-safe. The first call decides the shape of the answer: {@link #reply} answers with a
 * message and no task; anything else creates the task. Events after the task reached a terminal state, and replies
 * after task events, are refused with {@link IllegalStateException}: terminal tasks are immutable.
 */
public interface EventSink {

    /** Answers with a direct message instead of a task. */
    void reply(Message message);

    /** Moves the task to {@code state}, with an optional agent message ({@code null} for none). */
    void status(TaskState state, Message message);

    /** Adds an artifact, or with {@code append} adds its parts to the artifact with the same id. */
    void artifact(Artifact artifact, boolean append, boolean lastChunk);

    /** Creates the task in SUBMITTED without further news. */
    default void submit() {
        status(TaskState.TASK_STATE_SUBMITTED, null);
    }

    default void working(Message message) {
        status(TaskState.TASK_STATE_WORKING, message);
    }

    default void complete(Message message) {
        status(TaskState.TASK_STATE_COMPLETED, message);
    }

    default void fail(Message message) {
        status(TaskState.TASK_STATE_FAILED, message);
    }

    default void reject(Message message) {
        status(TaskState.TASK_STATE_REJECTED, message);
    }

    default void cancel(Message message) {
        status(TaskState.TASK_STATE_CANCELED, message);
    }

    default void requireInput(Message message) {
        status(TaskState.TASK_STATE_INPUT_REQUIRED, message);
    }

    default void requireAuth(Message message) {
        status(TaskState.TASK_STATE_AUTH_REQUIRED, message);
    }

    /** An agent message with one text part, tied to this sink's task and context. */
    Message agentText(String text);
}
