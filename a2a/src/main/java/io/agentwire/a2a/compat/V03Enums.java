package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.TaskState;

/** The 0.3 spellings of the two enums: kebab-case task states and lower-case roles. */
final class V03Enums {
    private V03Enums() {
    }

    static String state(TaskState state) {
        switch (state) {
            case TASK_STATE_SUBMITTED:
                return "submitted";
            case TASK_STATE_WORKING:
                return "working";
            case TASK_STATE_INPUT_REQUIRED:
                return "input-required";
            case TASK_STATE_COMPLETED:
                return "completed";
            case TASK_STATE_CANCELED:
                return "canceled";
            case TASK_STATE_FAILED:
                return "failed";
            case TASK_STATE_REJECTED:
                return "rejected";
            case TASK_STATE_AUTH_REQUIRED:
                return "auth-required";
            default:
                // 1.0's UNSPECIFIED is the successor of 0.3's "unknown".
                return "unknown";
        }
    }

    static TaskState state(String value, String path) {
        switch (value) {
            case "submitted":
                return TaskState.TASK_STATE_SUBMITTED;
            case "working":
                return TaskState.TASK_STATE_WORKING;
            case "input-required":
                return TaskState.TASK_STATE_INPUT_REQUIRED;
            case "completed":
                return TaskState.TASK_STATE_COMPLETED;
            case "canceled":
            case "cancelled": // British spelling, sent by some 0.3 implementations before the spec settled on one
                return TaskState.TASK_STATE_CANCELED;
            case "failed":
                return TaskState.TASK_STATE_FAILED;
            case "rejected":
                return TaskState.TASK_STATE_REJECTED;
            case "auth-required":
                return TaskState.TASK_STATE_AUTH_REQUIRED;
            case "unknown":
                return TaskState.TASK_STATE_UNSPECIFIED;
            default:
                throw A2aException.invalidParams(path + " \"" + value + "\" is not a 0.3 task state (submitted, working,"
                        + " input-required, completed, canceled, failed, rejected, auth-required, unknown)");
        }
    }

    /** Whether a status-update with this state closes the interaction: 0.3's {@code final}. */
    static boolean isFinal(TaskState state) {
        return io.agentwire.a2a.TaskStates.settled(state);
    }

    /**
     * 0.3 knows only {@code user} and {@code agent}. A message the server sends without a role can only be the
     * agent's own (the engine refuses user messages without a role), so it goes out as {@code agent}.
     */
    static String role(Role role) {
        return role == Role.ROLE_USER ? "user" : "agent";
    }

    static Role role(String value, String path) {
        switch (value) {
            case "user":
                return Role.ROLE_USER;
            case "agent":
                return Role.ROLE_AGENT;
            default:
                throw A2aException.invalidParams(path + " \"" + value + "\" is not a 0.3 role (user or agent)");
        }
    }
}
