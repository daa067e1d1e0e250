package io.agentwire.mcp.client;

import tools.jackson.databind.JsonNode;

/**
 * What the server last said about a task.
 *
 * @param taskId         the server's id for the task
 * @param status         {@code working}, {@code input_required}, {@code completed}, {@code failed} or {@code cancelled}
 * @param statusMessage  the server's human-readable note, or {@code null}
 * @param pollIntervalMs how long the server asks clients to wait between polls (0 when it did not say)
 * @param raw            the task object as received
 */
public record TaskState(String taskId, String status, String statusMessage, long pollIntervalMs, JsonNode raw) {

    /** Reads both generations' shapes: 2025-11-25 ({@code pollInterval}) and the 2026-07-28 extension ({@code pollIntervalMs}). */
    static TaskState of(JsonNode task) {
        String id = task.path("taskId").asString("");
        if (id.isEmpty()) {
            throw new McpClientException("The server described a task without a taskId: " + task);
        }
        JsonNode message = task.get("statusMessage");
        long interval = task.has("pollIntervalMs") ? task.path("pollIntervalMs").asLong(0)
                : task.path("pollInterval").asLong(0);
        return new TaskState(id, task.path("status").asString(""), message != null && message.isString()
                ? message.stringValue() : null, Math.max(0, interval), task);
    }

    /** Whether the task has ended and will not change again. */
    public boolean terminal() {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }

    /** Whether the server waits for the client to answer input requests. */
    public boolean inputRequired() {
        return "input_required".equals(status);
    }
}
