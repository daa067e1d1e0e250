package io.agentwire.mcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.mcp.InputRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class TaskRecordTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final List<String> transitions = new CopyOnWriteArrayList<>();
    private final TaskRecord task = new TaskRecord("t1", null, 60_000, 250, t -> transitions.add(t.status().wire));

    @Test
    void terminalStatesAreFinal() {
        task.complete(JsonNodeFactory.instance.objectNode().put("ok", true));
        task.fail(new JsonRpcError(-32603, "late"));
        task.cancel();
        assertEquals(TaskRecord.Status.COMPLETED, task.status());
        assertEquals(List.of("completed"), transitions);
        JsonNode detailed = task.modernJson(MAPPER, true);
        assertTrue(detailed.path("result").path("ok").asBoolean());
        assertFalse(detailed.has("error"));
        assertFalse(detailed.has("requestState"));
    }

    @Test
    void partialAnswersKeepTheTaskWaiting() throws Exception {
        Map<String, InputRequest> questions = new LinkedHashMap<>();
        questions.put("a", InputRequest.elicitation(JsonNodeFactory.instance.objectNode()));
        questions.put("b", InputRequest.elicitation(JsonNodeFactory.instance.objectNode()));
        CompletableFuture<Map<String, JsonNode>> answers = CompletableFuture.supplyAsync(() -> {
            try {
                return task.awaitInputs(questions);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waitFor(() -> task.status() == TaskRecord.Status.INPUT_REQUIRED);
        task.supply(Map.of("a", JsonNodeFactory.instance.stringNode("one")));
        JsonNode pending = task.modernJson(MAPPER, true).path("inputRequests");
        assertFalse(pending.has("a"));
        assertTrue(pending.has("b"));
        assertFalse(answers.isDone());
        task.supply(Map.of("b", JsonNodeFactory.instance.stringNode("two"), "ignored", JsonNodeFactory.instance.nullNode()));
        Map<String, JsonNode> got = answers.get(5, TimeUnit.SECONDS);
        assertEquals("one", got.get("a").asString());
        assertEquals("two", got.get("b").asString());
        assertEquals(TaskRecord.Status.WORKING, task.status());
    }

    @Test
    void cancellingReleasesAWaitingHandler() throws Exception {
        CompletableFuture<Boolean> interrupted = CompletableFuture.supplyAsync(() -> {
            try {
                task.awaitInputs(Map.of("x", InputRequest.roots()));
                return false;
            } catch (InterruptedException e) {
                return true;
            }
        });
        waitFor(() -> task.status() == TaskRecord.Status.INPUT_REQUIRED);
        task.cancel();
        assertTrue(interrupted.get(5, TimeUnit.SECONDS));
        assertEquals("cancelled", task.modernJson(MAPPER, true).path("status").asString());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in time");
            }
            Thread.sleep(5);
        }
    }
}
