package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Probe.send;
import static io.agentwire.conformance.a2a.Requirement.check;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** Streaming requirements: order, fan-out to several streams, and SubscribeToTask. */
final class StreamingChecks {
    private StreamingChecks() {
    }

    /** A task that stays WORKING for a while (the TCK's resubscribe behaviour), answered at once. */
    private static String longRunningTask(Probe p) {
        return Expect.task(p.result("SendMessage", send("test-resubscribe-message-id", "",
                "\"configuration\":{\"returnImmediately\":true}"))).path("id").asString();
    }

    private static List<String> kinds(List<JsonNode> events) {
        return events.stream().map(e -> e.path("result").propertyNames().iterator().next()).toList();
    }

    private static List<JsonNode> subscribe(Probe p, String taskId) {
        return p.rpcStream("SubscribeToTask", "{\"id\":\"" + taskId + "\"}");
    }

    static List<Requirement> all() {
        return List.of(
                check("STREAM-ORDER-001", Level.MUST, "Events delivered in generation order", p -> {
                    p.require("streaming");
                    List<String> kinds = kinds(p.rpcStream("SendStreamingMessage", send("tck-stream-ordering-001")));
                    expect(kinds.get(0).equals("task") && kinds.get(kinds.size() - 1).equals("statusUpdate")
                            && kinds.indexOf("artifactUpdate") > 0, "out of order: " + kinds);
                }),
                check("STREAM-ORDER-002", Level.MUST, "Events broadcast to all active streams", p -> {
                    p.require("streaming");
                    String id = longRunningTask(p);
                    CompletableFuture<List<JsonNode>> first = CompletableFuture.supplyAsync(() -> subscribe(p, id));
                    List<JsonNode> second = subscribe(p, id);
                    List<JsonNode> one = first.get(30, TimeUnit.SECONDS);
                    expect(lastState(one).equals("TASK_STATE_COMPLETED") && lastState(second).equals("TASK_STATE_COMPLETED"),
                            "not every stream saw the completion: " + one + " / " + second);
                }),
                check("STREAM-ORDER-003", Level.MUST, "Each stream receives same events in same order", p -> {
                    p.require("streaming");
                    String id = longRunningTask(p);
                    CompletableFuture<List<JsonNode>> first = CompletableFuture.supplyAsync(() -> subscribe(p, id));
                    List<JsonNode> second = subscribe(p, id);
                    List<JsonNode> one = first.get(30, TimeUnit.SECONDS);
                    List<String> a = kinds(one.subList(1, one.size()));
                    List<String> b = kinds(second.subList(1, second.size()));
                    expect(a.equals(b) || a.size() != b.size() && (endsWith(a, b) || endsWith(b, a)),
                            "the streams saw different sequences: " + a + " / " + b);
                }),
                check("STREAM-ORDER-004", Level.MUST, "Closing one stream does not affect others", p -> {
                    p.require("streaming");
                    String id = longRunningTask(p);
                    CompletableFuture<List<JsonNode>> survivor = CompletableFuture.supplyAsync(() -> subscribe(p, id));
                    try (java.net.Socket early = new java.net.Socket()) {
                        java.net.URI uri = java.net.URI.create(p.jsonRpcUrl());
                        early.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
                        String body = p.rpcBody("SubscribeToTask", "{\"id\":\"" + id + "\"}");
                        early.getOutputStream().write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                                + "\r\nContent-Type: application/json\r\nA2A-Version: 1.0\r\nContent-Length: " + body.length()
                                + "\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        early.getOutputStream().flush();
                        early.getInputStream().read(new byte[64]); // the stream opened; now hang up
                    }
                    expect(lastState(survivor.get(30, TimeUnit.SECONDS)).equals("TASK_STATE_COMPLETED"), "the other stream broke off");
                }),
                check("STREAM-SUB-001", Level.MUST, "SubscribeToTask returns Task as first event", p -> {
                    p.require("streaming");
                    String id = longRunningTask(p);
                    JsonNode first = subscribe(p, id).get(0).path("result");
                    expect(first.has("task") && id.equals(first.path("task").path("id").asString()), "first event: " + first);
                }),
                check("STREAM-SUB-002", Level.MUST, "SubscribeToTask stream terminates at terminal state", p -> {
                    p.require("streaming");
                    expect(lastState(subscribe(p, longRunningTask(p))).equals("TASK_STATE_COMPLETED"), "the stream did not end at COMPLETED");
                }),
                check("STREAM-SUB-003", Level.MUST, "SubscribeToTask rejects terminal tasks", p -> {
                    p.require("streaming");
                    String id = Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("id").asString();
                    Expect.rpcError(subscribe(p, id).get(0), -32004, "UNSUPPORTED_OPERATION");
                }),
                check("STREAM-SUB-004", Level.MUST, "SubscribeToTask returns TaskNotFoundError for invalid task", p -> {
                    p.require("streaming");
                    Expect.rpcError(subscribe(p, UUID.randomUUID().toString()).get(0), -32001, "TASK_NOT_FOUND");
                }));
    }

    private static String lastState(List<JsonNode> events) {
        JsonNode last = events.get(events.size() - 1).path("result");
        return last.has("statusUpdate") ? last.path("statusUpdate").path("status").path("state").asString("")
                : last.path("task").path("status").path("state").asString("");
    }

    /** A stream that subscribed later may have missed the first events but must see the same tail. */
    private static boolean endsWith(List<String> longer, List<String> shorter) {
        return longer.size() >= shorter.size() && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }
}
