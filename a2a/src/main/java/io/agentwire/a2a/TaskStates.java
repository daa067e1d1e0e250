package io.agentwire.a2a;

import io.agentwire.a2a.model.TaskState;

/**
 * What the task states mean for the protocol: COMPLETED, FAILED, CANCELED and REJECTED are terminal (the task never
 * changes again); INPUT_REQUIRED and AUTH_REQUIRED are interrupted (it waits for the client). Either way the task has
 * settled: a blocking send answers and a message stream ends.
 */
public final class TaskStates {
    private TaskStates() {
    }

    public static boolean terminal(TaskState state) {
        switch (state) {
            case TASK_STATE_COMPLETED:
            case TASK_STATE_FAILED:
            case TASK_STATE_CANCELED:
            case TASK_STATE_REJECTED:
                return true;
            default:
                return false;
        }
    }

    public static boolean interrupted(TaskState state) {
        return state == TaskState.TASK_STATE_INPUT_REQUIRED || state == TaskState.TASK_STATE_AUTH_REQUIRED;
    }

    public static boolean settled(TaskState state) {
        return terminal(state) || interrupted(state);
    }
}
