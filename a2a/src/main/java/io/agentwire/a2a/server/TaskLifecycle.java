package io.agentwire.a2a.server;

import io.agentwire.a2a.TaskStates;
import io.agentwire.a2a.model.TaskState;

/**
 * The task state machine. The specification gives no transition table; these rules follow its text: terminal states
 * (COMPLETED, FAILED, CANCELED, REJECTED) never change, interrupted states (INPUT_REQUIRED, AUTH_REQUIRED) resume
 * with work or end, and nothing returns to SUBMITTED once work has started.
 */
final class TaskLifecycle {
    private TaskLifecycle() {
    }

    static boolean terminal(TaskState state) {
        return TaskStates.terminal(state);
    }

    static boolean interrupted(TaskState state) {
        return TaskStates.interrupted(state);
    }

    /** Terminal or interrupted: a blocking send answers, a message stream ends. */
    static boolean settled(TaskState state) {
        return TaskStates.settled(state);
    }

    /** Refuses an agent's illegal move with a message naming both states. */
    static void checkTransition(TaskState from, TaskState to) {
        if (to == TaskState.TASK_STATE_UNSPECIFIED || to == TaskState.UNRECOGNIZED) {
            throw new IllegalStateException("A task cannot move to " + to);
        }
        if (terminal(from)) {
            throw new IllegalStateException("The task is " + from + " and can no longer change (to " + to + ")");
        }
        if (to == TaskState.TASK_STATE_SUBMITTED && from != TaskState.TASK_STATE_SUBMITTED) {
            throw new IllegalStateException("A task that is " + from + " cannot go back to SUBMITTED");
        }
    }
}
