package io.agentwire.a2a.server;

import io.agentwire.a2a.model.Task;

/** How much of a task a response shows. */
final class TaskViews {
    private TaskViews() {
    }

    /**
     * {@code historyLength}: unset shows the whole history (our default), 0 none, N the N most recent messages.
     */
    static Task withHistory(Task task, boolean hasLength, int length) {
        if (!hasLength || length >= task.getHistoryCount()) {
            return task;
        }
        Task.Builder trimmed = task.toBuilder().clearHistory();
        int from = task.getHistoryCount() - Math.max(0, length);
        for (int i = from; i < task.getHistoryCount(); i++) {
            trimmed.addHistory(task.getHistory(i));
        }
        return trimmed.build();
    }
}
