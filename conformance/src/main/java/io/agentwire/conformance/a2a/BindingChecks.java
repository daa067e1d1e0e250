package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Probe.send;
import static io.agentwire.conformance.a2a.Requirement.check;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Binding requirements: JSON-RPC, HTTP+JSON, and their equivalence (gRPC: {@link GrpcChecks}). */
final class BindingChecks {
    private BindingChecks() {
    }

    static List<Requirement> all() {
        return List.of(
                check("JSONRPC-FMT-001", Level.MUST, "Requests use JSON-RPC 2.0 format", p -> {
                    JsonNode response = p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}");
                    expect("2.0".equals(response.path("jsonrpc").asString("")) && response.has("id"), "not a JSON-RPC 2.0 response: " + response);
                    Expect.rpcError(p.rpcRaw("{\"jsonrpc\":\"2.0\",\"id\":1}", Map.of()).json(), -32600, null);
                    Expect.rpcError(p.rpcRaw("{broken", Map.of()).json(), -32700, null);
                }),
                check("JSONRPC-FMT-002", Level.MUST, "Content-Type is application/json", p -> {
                    Probe.Response response = p.rpcRaw(p.rpcBody("GetTask", "{\"id\":\"x\"}"), Map.of());
                    String type = response.header("Content-Type");
                    expect(type != null && type.startsWith("application/json"), "Content-Type " + type);
                }),
                check("JSONRPC-SVC-001", Level.MUST, "Method names use PascalCase matching gRPC conventions", p -> {
                    expect(p.rpc("ListTasks", "{}").has("result"), "ListTasks is not served");
                    Expect.rpcError(p.rpc("tasks/list", "{}"), -32601, null);
                }),
                check("JSONRPC-SVC-002", Level.MUST, "Service parameters transmitted as HTTP headers",
                        p -> Expect.rpcError(p.rpc("ListTasks", "{}", Map.of("A2A-Version", "9.9")), -32009, "VERSION_NOT_SUPPORTED")),
                check("JSONRPC-ERR-001", Level.MUST, "Error responses use JSON-RPC 2.0 error object structure", p -> {
                    JsonNode error = p.rpc("NoSuchMethod", "{}").path("error");
                    expect(error.path("code").isInt() && error.path("message").isString(), "not an error object: " + error);
                }),
                check("JSONRPC-ERR-002", Level.MUST, "A2A-specific errors use codes -32001 to -32099", p -> {
                    int code = p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}").path("error").path("code").asInt();
                    expect(code <= -32001 && code >= -32099, "TaskNotFound came as " + code);
                }),
                check("JSONRPC-ERR-003", Level.MUST, "A2A errors include ErrorInfo in data array",
                        p -> Expect.rpcError(p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}"), -32001, "TASK_NOT_FOUND")),
                check("JSONRPC-SSE-001", Level.MUST, "Streaming uses Server-Sent Events with text/event-stream", p -> {
                    p.require("streaming");
                    List<JsonNode> events = p.rpcStream("SendStreamingMessage", send("tck-stream-001"));
                    expect(events.size() > 1 && events.stream().allMatch(e -> "2.0".equals(e.path("jsonrpc").asString(""))),
                            "not an event stream of JSON-RPC responses: " + events);
                }),
                check("JSONRPC-SSE-002", Level.MUST, "A2A error types mapped to correct JSON-RPC error codes", p -> {
                    Expect.rpcError(p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}"), -32001, "TASK_NOT_FOUND");
                    String done = Expect.task(p.result("SendMessage", send("tck-complete-task"))).path("id").asString();
                    Expect.rpcError(p.rpc("CancelTask", "{\"id\":\"" + done + "\"}"), -32002, "TASK_NOT_CANCELABLE");
                    Expect.rpcError(p.rpc("ListTasks", "{}", Map.of("A2A-Version", "7.0")), -32009, "VERSION_NOT_SUPPORTED");
                }),
                check("HTTP_JSON-URL-001", Level.MUST, "RESTful resource-based URL patterns", p -> {
                    Probe.Response sent = p.rest("POST", "/message:send", send("tck-complete-task"));
                    expect(sent.status() == 200, "POST /message:send answered " + sent.status());
                    String id = sent.json().path("task").path("id").asString();
                    expect(p.rest("GET", "/tasks/" + id, null).status() == 200, "GET /tasks/{id} failed");
                    expect(p.rest("GET", "/tasks", null).status() == 200, "GET /tasks failed");
                }),
                check("HTTP_JSON-URL-002", Level.MUST, "Standard HTTP methods for each operation", p -> {
                    String id = p.rest("POST", "/message:send", send("tck-input-required")).json().path("task").path("id").asString();
                    expect(p.rest("POST", "/tasks/" + id + ":cancel", "{}").status() == 200, "POST :cancel failed");
                    expect(p.rest("DELETE", "/message:send", null).status() >= 400, "DELETE /message:send was accepted");
                }),
                check("HTTP_JSON-SVC-001", Level.MUST, "Content-Type is application/json", p -> {
                    String type = p.rest("GET", "/tasks", null).header("Content-Type");
                    expect(type != null && (type.startsWith("application/json") || type.startsWith("application/a2a+json")), "Content-Type " + type);
                    expect(p.rest("POST", "/message:send", send("tck-complete-task"), Map.of("Content-Type", "application/json")).status() == 200,
                            "application/json request bodies are refused");
                }),
                check("HTTP_JSON-SVC-002", Level.MUST, "Service parameters transmitted as HTTP headers",
                        p -> Expect.restError(p.rest("GET", "/tasks", null, Map.of("A2A-Version", "9.9")), 400, "VERSION_NOT_SUPPORTED")),
                check("HTTP_JSON-QP-001", Level.MUST, "Query parameter names use camelCase", p -> {
                    String id = p.rest("POST", "/message:send", send("tck-complete-task")).json().path("task").path("id").asString();
                    expect(p.rest("GET", "/tasks/" + id + "?historyLength=1", null).json().path("history").size() == 1,
                            "historyLength as a query parameter is ignored");
                }),
                check("HTTP_JSON-ERR-001", Level.MUST, "Error responses use AIP-193 format",
                        p -> Expect.restError(p.rest("GET", "/tasks/" + UUID.randomUUID(), null), 404, "TASK_NOT_FOUND")),
                check("HTTP_JSON-ERR-002", Level.MUST, "A2A errors include ErrorInfo in details array",
                        p -> Expect.restError(p.rest("GET", "/tasks/" + UUID.randomUUID(), null), 404, "TASK_NOT_FOUND")),
                check("HTTP_JSON-STATUS-001", Level.MUST, "A2A errors map to correct HTTP status codes", p -> {
                    Expect.restError(p.rest("GET", "/tasks/" + UUID.randomUUID(), null), 404, "TASK_NOT_FOUND");
                    String done = p.rest("POST", "/message:send", send("tck-complete-task")).json().path("task").path("id").asString();
                    Expect.restError(p.rest("POST", "/tasks/" + done + ":cancel", "{}"), 400, "TASK_NOT_CANCELABLE");
                }),
                check("HTTP_JSON-SSE-001", Level.MUST, "REST streaming uses Server-Sent Events", p -> {
                    p.require("streaming");
                    List<JsonNode> events = p.restStream("POST", "/message:stream", send("tck-stream-001"));
                    expect(events.size() > 1 && events.get(0).has("task"), "not a stream of StreamResponses: " + events);
                }),
                check("BIND-EQUIV-001", Level.MUST, "All supported protocols provide identical functionality", p -> {
                    JsonNode rpc = Expect.task(p.result("SendMessage", send("tck-complete-task")));
                    JsonNode rest = p.rest("POST", "/message:send", send("tck-complete-task")).json().path("task");
                    expect(Expect.state(rpc).equals(Expect.state(rest)), "JSON-RPC and HTTP+JSON disagree: " + rpc + " / " + rest);
                }),
                check("BIND-EQUIV-002", Level.MUST, "All bindings return semantically equivalent results", p -> {
                    String id = Expect.task(p.result("SendMessage", send("tck-artifact-data"))).path("id").asString();
                    JsonNode rpc = p.result("GetTask", "{\"id\":\"" + id + "\"}");
                    JsonNode rest = p.rest("GET", "/tasks/" + id, null).json();
                    expect(rpc.equals(rest), "the same task differs between bindings:\n" + rpc + "\n" + rest);
                }),
                check("BIND-EQUIV-003", Level.MUST, "All bindings map errors consistently", p -> {
                    Expect.rpcError(p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}"), -32001, "TASK_NOT_FOUND");
                    Expect.restError(p.rest("GET", "/tasks/" + UUID.randomUUID(), null), 404, "TASK_NOT_FOUND");
                }),
                check("BIND-EQUIV-004", Level.MUST, "All bindings support same authentication schemes",
                        AccessChecks::bindingsShareAuthentication),
                check("BIND-FIELD-001", Level.MUST, "Agents must declare all supported protocols in AgentCard", p -> {
                    for (JsonNode i : p.card().path("supportedInterfaces")) {
                        if ("JSONRPC".equals(i.path("protocolBinding").asString(""))) {
                            expect(p.rpc("ListTasks", "{}").has("result"), "the declared JSONRPC interface does not answer");
                        }
                        if ("HTTP+JSON".equals(i.path("protocolBinding").asString(""))) {
                            expect(p.rest("GET", "/tasks", null).status() == 200, "the declared HTTP+JSON interface does not answer");
                        }
                    }
                }));
    }
}
