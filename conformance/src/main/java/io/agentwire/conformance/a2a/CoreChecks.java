package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Probe.send;
import static io.agentwire.conformance.a2a.Requirement.check;
import static io.agentwire.conformance.a2a.Requirement.manual;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Core operation requirements, over JSON-RPC: send, stream, get, list, cancel, execution modes, errors,
 * capabilities, context and task ids, history. Behaviour is requested with the TCK's messageId prefixes.
 */
final class CoreChecks {
    private CoreChecks() {
    }

    static List<Requirement> all() {
        List<Requirement> all = new ArrayList<>();
        all.addAll(sending());
        all.addAll(reading());
        all.addAll(contexts());
        all.addAll(history());
        return all;
    }

    private static List<Requirement> sending() {
        return List.of(
                check("CORE-SEND-001", Level.MUST, "SendMessage returns Task or Message", p -> {
                    expect(p.result("SendMessage", send("tck-complete-task")).has("task"), "no task for tck-complete-task");
                    expect(p.result("SendMessage", send("tck-message-response")).has("message"), "no message for tck-message-response");
                }),
                check("CORE-SEND-002", Level.MUST, "SendMessage rejects messages to terminal tasks", p -> {
                    String id = Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("id").asString();
                    Expect.rpcError(p.rpc("SendMessage", send("follow-up", "\"taskId\":\"" + id + "\"", "")), -32004, "UNSUPPORTED_OPERATION");
                }),
                check("CORE-SEND-003", Level.MUST, "SendMessage returns ContentTypeNotSupportedError for unsupported media", p -> {
                    String params = "{\"message\":{\"messageId\":\"" + Probe.messageId("tck-complete-task")
                            + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"raw\":\"AAEC\",\"mediaType\":\"application/x-conformance-unknown\"}]}}";
                    Expect.rpcError(p.rpc("SendMessage", params), -32005, "CONTENT_TYPE_NOT_SUPPORTED");
                }),
                check("CORE-STREAM-001", Level.MUST, "SendStreamingMessage establishes streaming connection", p -> {
                    p.require("streaming");
                    List<JsonNode> events = p.rpcStream("SendStreamingMessage", send("tck-stream-001"));
                    expect(events.size() >= 2 && events.stream().allMatch(e -> e.has("result")), "not a stream of results: " + events);
                }),
                check("CORE-STREAM-002", Level.MUST, "Message-only stream contains exactly one Message then closes", p -> {
                    p.require("streaming");
                    List<JsonNode> events = p.rpcStream("SendStreamingMessage", send("tck-message-response"));
                    expect(events.size() == 1 && events.get(0).path("result").has("message"), "expected one message event: " + events);
                }),
                check("CORE-STREAM-003", Level.MUST, "Task lifecycle stream begins with Task and closes at terminal state", p -> {
                    p.require("streaming");
                    List<JsonNode> events = p.rpcStream("SendStreamingMessage", send("tck-stream-003"));
                    expect(!events.isEmpty() && events.get(0).path("result").has("task"), "the first event is not a task: " + events);
                    JsonNode last = events.get(events.size() - 1).path("result");
                    expect("TASK_STATE_COMPLETED".equals(last.path("statusUpdate").path("status").path("state").asString("")),
                            "the stream did not end at the terminal status: " + last);
                }),
                check("CORE-EXECUTION-MODE-001", Level.MUST, "Blocking mode waits for terminal or interrupted state", p -> {
                    Expect.state(Expect.task(p.result("SendMessage", send("tck-complete-task"))), "TASK_STATE_COMPLETED");
                    Expect.state(Expect.task(p.result("SendMessage", send("tck-input-required"))), "TASK_STATE_INPUT_REQUIRED");
                }),
                check("CORE-EXECUTION-MODE-002", Level.MUST, "Non-blocking mode returns immediately", p -> {
                    long start = System.nanoTime();
                    JsonNode task = Expect.task(p.result("SendMessage", send("test-resubscribe-message-id", "",
                            "\"configuration\":{\"returnImmediately\":true}")));
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    String state = Expect.state(task);
                    expect(state.equals("TASK_STATE_SUBMITTED") || state.equals("TASK_STATE_WORKING"),
                            "returnImmediately answered with a settled task (" + state + ") after " + millis + " ms");
                }),
                check("CORE-ERR-001", Level.MUST, "Server returns appropriate errors with actionable information", p -> {
                    JsonNode response = p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}");
                    Expect.rpcError(response, -32001, "TASK_NOT_FOUND");
                    expect(!response.path("error").path("message").asString("").isBlank(), "an empty error message");
                }),
                check("CORE-ERR-002", Level.MUST, "Server validates all input parameters before processing", p -> {
                    Expect.rpcError(p.rpc("SendMessage", "{}"), -32602, null);
                    Expect.rpcError(p.rpc("SendMessage", "{\"message\":{\"messageId\":\"x\",\"role\":\"ROLE_USER\",\"parts\":[]}}"), -32602, null);
                    Expect.rpcError(p.rpc("ListTasks", "{\"pageSize\":0}"), -32602, null);
                    Expect.rpcError(p.rpc("GetTask", "{\"id\":\"x\",\"historyLength\":\"lots\"}"), -32602, null);
                }));
    }

    private static List<Requirement> reading() {
        return List.of(
                check("CORE-GET-001", Level.MUST, "GetTask returns current task state", p -> {
                    JsonNode task = Expect.task(p.result("SendMessage", send("tck-input-required")));
                    JsonNode got = p.result("GetTask", "{\"id\":\"" + task.path("id").asString() + "\"}");
                    expect(got.path("id").asString().equals(task.path("id").asString()), "another task came back: " + got);
                    Expect.state(got, "TASK_STATE_INPUT_REQUIRED");
                }),
                check("CORE-GET-002", Level.MUST, "GetTask returns TaskNotFoundError for invalid task ID",
                        p -> Expect.rpcError(p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}"), -32001, "TASK_NOT_FOUND")),
                check("CORE-LIST-001", Level.MUST, "ListTasks returns only authorized tasks",
                        AccessChecks::listsHoldOnlyTheCallersTasks),
                check("CORE-LIST-002", Level.MUST, "ListTasks uses cursor-based pagination", p -> {
                    String context = "ctx-" + UUID.randomUUID();
                    for (int i = 0; i < 3; i++) {
                        p.result("SendMessage", send("tck-complete-task", "\"contextId\":\"" + context + "\"", ""));
                    }
                    JsonNode first = p.result("ListTasks", "{\"contextId\":\"" + context + "\",\"pageSize\":2}");
                    expect(first.path("tasks").size() == 2, "pageSize 2 gave " + first.path("tasks").size());
                    String token = first.path("nextPageToken").asString("");
                    expect(!token.isEmpty(), "no nextPageToken with more tasks to come");
                    JsonNode second = p.result("ListTasks", "{\"contextId\":\"" + context + "\",\"pageSize\":2,\"pageToken\":\"" + token + "\"}");
                    expect(second.path("tasks").size() == 1, "the second page has " + second.path("tasks").size() + " tasks");
                }),
                check("CORE-LIST-003", Level.MUST, "ListTasks sorts by status timestamp descending", p -> {
                    String context = "ctx-" + UUID.randomUUID();
                    for (int i = 0; i < 3; i++) {
                        p.result("SendMessage", send("tck-complete-task", "\"contextId\":\"" + context + "\"", ""));
                        Thread.sleep(5);
                    }
                    String previous = null;
                    for (JsonNode task : p.result("ListTasks", "{\"contextId\":\"" + context + "\"}").path("tasks")) {
                        String ts = task.path("status").path("timestamp").asString("");
                        expect(previous == null || ts.compareTo(previous) <= 0, "not newest first: " + ts + " after " + previous);
                        previous = ts;
                    }
                }),
                check("CORE-LIST-004", Level.MUST, "ListTasks nextPageToken empty string on final page", p -> {
                    JsonNode page = p.result("ListTasks", "{\"contextId\":\"ctx-" + UUID.randomUUID() + "\"}");
                    expect(page.has("nextPageToken") && page.path("nextPageToken").asString("x").isEmpty(),
                            "the final page's nextPageToken is missing or not empty: " + page);
                }),
                check("CORE-LIST-005", Level.MUST, "ListTasks omits artifacts when includeArtifacts is false", p -> {
                    String context = "ctx-" + UUID.randomUUID();
                    p.result("SendMessage", send("tck-artifact-text", "\"contextId\":\"" + context + "\"", ""));
                    JsonNode listed = p.result("ListTasks", "{\"contextId\":\"" + context + "\",\"includeArtifacts\":false}");
                    expect(listed.path("tasks").size() == 1 && !listed.path("tasks").get(0).has("artifacts"), "artifacts listed: " + listed);
                }),
                check("CORE-CANCEL-001", Level.MUST, "CancelTask returns updated task with cancellation status", p -> {
                    String id = Expect.task(p.result("SendMessage", send("tck-input-required"))).path("id").asString();
                    Expect.state(p.result("CancelTask", "{\"id\":\"" + id + "\"}"), "TASK_STATE_CANCELED");
                }),
                check("CORE-CANCEL-002", Level.MUST, "CancelTask returns TaskNotCancelableError for terminal tasks", p -> {
                    String id = Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("id").asString();
                    Expect.rpcError(p.rpc("CancelTask", "{\"id\":\"" + id + "\"}"), -32002, "TASK_NOT_CANCELABLE");
                }),
                check("CORE-CANCEL-003", Level.MUST, "CancelTask returns TaskNotFoundError for invalid task ID",
                        p -> Expect.rpcError(p.rpc("CancelTask", "{\"id\":\"" + UUID.randomUUID() + "\"}"), -32001, "TASK_NOT_FOUND")),
                check("CORE-CAP-001", Level.MUST, "Push notification operations return error when not supported", p -> {
                    if (p.declares("pushNotifications")) {
                        throw new NotApplicable("the agent supports push notifications");
                    }
                    Expect.rpcError(p.rpc("ListTaskPushNotificationConfigs", "{\"taskId\":\"x\"}"), -32003, "PUSH_NOTIFICATION_NOT_SUPPORTED");
                }),
                check("CORE-CAP-002", Level.MUST, "Streaming operations return error when not supported", p -> {
                    if (p.declares("streaming")) {
                        throw new NotApplicable("the agent streams");
                    }
                    Expect.rpcError(p.rpcStream("SendStreamingMessage", send("tck-complete-task")).get(0), -32004, "UNSUPPORTED_OPERATION");
                }),
                check("CORE-CAP-003", Level.MUST, "Extended agent card operations return error when not supported", p -> {
                    if (p.declares("extendedAgentCard")) {
                        throw new NotApplicable("the agent declares an extended card");
                    }
                    Expect.rpcError(p.rpc("GetExtendedAgentCard", "{}"), -32004, "UNSUPPORTED_OPERATION");
                }),
                check("CORE-CAP-004", Level.MUST, "Required extension missing returns ExtensionSupportRequiredError", p -> {
                    boolean required = false;
                    for (JsonNode extension : p.card().path("capabilities").path("extensions")) {
                        required |= extension.path("required").asBoolean(false);
                    }
                    if (!required) {
                        throw new NotApplicable("the card declares no required extension");
                    }
                    Expect.rpcError(p.rpc("SendMessage", send("tck-complete-task")), -32008, "EXTENSION_SUPPORT_REQUIRED");
                }));
    }

    private static List<Requirement> contexts() {
        return List.of(
                check("CORE-MULTI-001", Level.MAY, "Agent may generate contextId when not provided",
                        p -> expect(!Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("contextId").asString("").isEmpty(),
                                "no contextId generated")),
                check("CORE-MULTI-001a", Level.MUST, "Generated contextId must be included in response",
                        p -> expect(!Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("contextId").asString("").isEmpty(),
                                "the response has no contextId")),
                check("CORE-MULTI-002", Level.MAY, "Agent may accept client-provided contextId", p -> {
                    String context = "ctx-" + UUID.randomUUID();
                    JsonNode task = Expect.task(p.result("SendMessage", send("tck-complete-task", "\"contextId\":\"" + context + "\"", "")));
                    expect(context.equals(task.path("contextId").asString()), "the contextId was replaced: " + task.path("contextId"));
                }),
                manual("CORE-MULTI-002a", Level.MUST, "Agent rejects unacceptable client-provided contextId",
                        "which contextIds are unacceptable is the agent's policy; the reference agent accepts any"),
                check("CORE-MULTI-003", Level.MUST, "Agent generates unique taskId for new tasks", p -> {
                    String a = Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("id").asString();
                    String b = Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("id").asString();
                    expect(!a.isEmpty() && !a.equals(b), "task ids not unique: " + a + ", " + b);
                }),
                check("CORE-MULTI-004", Level.MUST, "Agent returns TaskNotFoundError for invalid taskId in message",
                        p -> Expect.rpcError(p.rpc("SendMessage", send("x", "\"taskId\":\"" + UUID.randomUUID() + "\"", "")), -32001, "TASK_NOT_FOUND")),
                check("CORE-MULTI-005", Level.MUST, "Agent infers contextId from task when only taskId provided", p -> {
                    JsonNode task = Expect.task(p.result("SendMessage", send("tck-input-required")));
                    JsonNode resumed = Expect.task(p.result("SendMessage", send("more", "\"taskId\":\"" + task.path("id").asString() + "\"", "")));
                    expect(task.path("contextId").asString().equals(resumed.path("contextId").asString()), "contextId changed: " + resumed);
                }),
                check("CORE-MULTI-006", Level.MUST, "Agent rejects mismatching contextId and taskId", p -> {
                    JsonNode task = Expect.task(p.result("SendMessage", send("tck-input-required")));
                    Expect.rpcError(p.rpc("SendMessage", send("more", "\"taskId\":\"" + task.path("id").asString()
                            + "\",\"contextId\":\"other-" + UUID.randomUUID() + "\"", "")), -32602, null);
                }));
    }

    private static List<Requirement> history() {
        return List.of(
                check("CORE-HIST-001", Level.SHOULD, "historyLength=0 omits history from response", p -> {
                    String id = Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("id").asString();
                    expect(p.result("GetTask", "{\"id\":\"" + id + "\",\"historyLength\":0}").path("history").isEmpty(), "history present");
                }),
                check("CORE-HIST-002", Level.MUST, "History length does not exceed requested historyLength", p -> {
                    String id = Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("id").asString();
                    expect(p.result("GetTask", "{\"id\":\"" + id + "\",\"historyLength\":1}").path("history").size() <= 1, "more than 1 message");
                }),
                check("CORE-HIST-003", Level.SHOULD, "historyLength=0 on SendMessage omits history from response",
                        p -> expect(Expect.task(p.result("SendMessage", send("tck-complete-task", "", "\"configuration\":{\"historyLength\":0}")))
                                .path("history").isEmpty(), "history present")),
                check("CORE-HIST-004", Level.MAY, "Agents may persist messages in task history",
                        p -> expect(!Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("history").isEmpty(), "no history kept")),
                check("CORE-HIST-005", Level.SHOULD, "History messages are in chronological order", p -> {
                    JsonNode task = Expect.task(p.result("SendMessage", send("tck-input-required")));
                    String id = task.path("id").asString();
                    p.result("SendMessage", send("second", "\"taskId\":\"" + id + "\"", ""));
                    JsonNode history = p.result("GetTask", "{\"id\":\"" + id + "\"}").path("history");
                    expect(history.size() >= 2 && history.get(0).path("messageId").asString().startsWith("tck-input-required")
                            && "ROLE_USER".equals(history.get(0).path("role").asString()), "the first message is not the first sent: " + history);
                }),
                check("CORE-HIST-006", Level.SHOULD, "History content matches exchanged messages", p -> {
                    String params = send("tck-complete-task");
                    String sentId = Probe.parse(params).path("message").path("messageId").asString();
                    JsonNode history = Expect.task(p.result("SendMessage", params)).path("history");
                    boolean found = false;
                    for (JsonNode message : history) {
                        found |= sentId.equals(message.path("messageId").asString()) && "conformance".equals(message.path("parts").get(0).path("text").asString());
                    }
                    expect(found, "the sent message is not in the history as sent: " + history);
                }));
    }
}
