package io.agentwire.mcp.server;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.mcp.InputRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One task: a tool call that runs in the background while the client polls it. A checked state machine:
 * {@code working} ⇄ {@code input_required}, then exactly one of {@code completed}, {@code failed},
 * {@code cancelled}, after which nothing changes. Thread-safe; the handler thread waits on it for input.
 */
final class TaskRecord {
    enum Status {
        WORKING("working"), INPUT_REQUIRED("input_required"), COMPLETED("completed"), FAILED("failed"), CANCELLED("cancelled");

        final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        boolean terminal() {
            return this == COMPLETED || this == FAILED || this == CANCELLED;
        }
    }

    private final String id;
    private final LegacySession owner;
    private final Instant createdAt = Instant.now();
    private final long ttlMillis;
    private final long pollIntervalMillis;
    private final Consumer<TaskRecord> onChange;
    private final Map<String, InputRequest> pendingInputs = new LinkedHashMap<>();
    private final Map<String, JsonNode> answers = new HashMap<>();
    private Instant lastUpdatedAt = createdAt;
    private Status status = Status.WORKING;
    private String statusMessage;
    private JsonNode result;
    private JsonRpcError error;
    private Thread runner;

    TaskRecord(String id, LegacySession owner, long ttlMillis, long pollIntervalMillis, Consumer<TaskRecord> onChange) {
        this.id = id;
        this.owner = owner;
        this.ttlMillis = ttlMillis;
        this.pollIntervalMillis = pollIntervalMillis;
        this.onChange = onChange;
    }

    String id() {
        return id;
    }

    /** The legacy session that created the task, or {@code null} for a modern-era task. */
    LegacySession owner() {
        return owner;
    }

    boolean expired(Instant now) {
        return now.isAfter(createdAt.plusMillis(ttlMillis));
    }

    synchronized Status status() {
        return status;
    }

    synchronized void runningOn(Thread thread) {
        runner = thread;
    }

    /** Parks the calling handler until the client has answered every request, as tasks/update delivers them. */
    Map<String, JsonNode> awaitInputs(Map<String, InputRequest> requests) throws InterruptedException {
        synchronized (this) {
            requests.forEach((key, request) -> {
                if (!answers.containsKey(key)) {
                    pendingInputs.put(key, request);
                }
            });
            if (!pendingInputs.isEmpty()) {
                transition(Status.INPUT_REQUIRED, null);
            }
            while (!answers.keySet().containsAll(requests.keySet())) {
                if (status.terminal()) {
                    throw new InterruptedException("task " + id + " is " + status.wire);
                }
                wait();
            }
            Map<String, JsonNode> out = new LinkedHashMap<>();
            requests.keySet().forEach(key -> out.put(key, answers.remove(key)));
            if (pendingInputs.isEmpty() && status == Status.INPUT_REQUIRED) {
                transition(Status.WORKING, null);
            }
            return out;
        }
    }

    /** Delivers answers; keys the task is not waiting for are ignored. */
    void supply(Map<String, JsonNode> responses) {
        synchronized (this) {
            responses.forEach((key, value) -> {
                if (pendingInputs.remove(key) != null) {
                    answers.put(key, value);
                }
            });
            notifyAll();
        }
    }

    void complete(JsonNode value) {
        finish(Status.COMPLETED, value, null);
    }

    void fail(JsonRpcError failure) {
        finish(Status.FAILED, null, failure);
    }

    /** Cancels the task; a task that already ended stays as it is. */
    void cancel() {
        Thread toInterrupt;
        synchronized (this) {
            if (status.terminal()) {
                return;
            }
            toInterrupt = runner;
        }
        finish(Status.CANCELLED, null, null);
        if (toInterrupt != null) {
            toInterrupt.interrupt();
        }
    }

    private void finish(Status end, JsonNode value, JsonRpcError failure) {
        synchronized (this) {
            if (status.terminal()) {
                return;
            }
            result = value;
            error = failure;
            pendingInputs.clear();
            transition(end, end == Status.CANCELLED ? "Cancelled by request" : null);
            notifyAll();
        }
    }

    /** Waits until the task ends (legacy {@code tasks/result}). */
    synchronized void awaitTerminal() throws InterruptedException {
        while (!status.terminal()) {
            wait();
        }
    }

    synchronized JsonNode result() {
        return result;
    }

    synchronized JsonRpcError error() {
        return error;
    }

    private void transition(Status next, String message) {
        status = next;
        statusMessage = message;
        lastUpdatedAt = Instant.now();
        onChange.accept(this);
    }

    /** The 2026-07-28 tasks-extension shape: flat task fields; on tasks/get also result, error or inputs. */
    synchronized ObjectNode modernJson(JsonMapper mapper, boolean detailed) {
        ObjectNode node = mapper.createObjectNode();
        node.put("resultType", detailed ? "complete" : "task");
        putIdentityAndStatus(node);
        node.put("ttlMs", ttlMillis);
        node.put("pollIntervalMs", pollIntervalMillis);
        if (detailed) {
            if (status == Status.INPUT_REQUIRED) {
                ObjectNode inputs = node.putObject("inputRequests");
                pendingInputs.forEach((key, request) -> {
                    ObjectNode entry = inputs.putObject(key);
                    entry.put("method", request.method());
                    entry.set("params", request.params());
                });
            } else if (status == Status.COMPLETED && result != null) {
                node.set("result", result);
            } else if (status == Status.FAILED && error != null) {
                node.set("error", errorJson(mapper, error));
            }
        }
        return node;
    }

    /** The 2025-11-25 experimental shape of a task. */
    synchronized ObjectNode legacyJson(JsonMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        putIdentityAndStatus(node);
        node.put("ttl", ttlMillis);
        node.put("pollInterval", pollIntervalMillis);
        return node;
    }

    /** The fields both task generations share. */
    private void putIdentityAndStatus(ObjectNode node) {
        node.put("taskId", id);
        node.put("status", status.wire);
        if (statusMessage != null) {
            node.put("statusMessage", statusMessage);
        }
        node.put("createdAt", createdAt.toString());
        node.put("lastUpdatedAt", lastUpdatedAt.toString());
    }

    static ObjectNode errorJson(JsonMapper mapper, JsonRpcError error) {
        ObjectNode node = mapper.createObjectNode();
        node.put("code", error.code());
        node.put("message", error.message());
        if (error.data() != null) {
            node.set("data", error.data());
        }
        return node;
    }
}
