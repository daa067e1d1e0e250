package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Probe.send;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.agentwire.a2a.model.ListTasksRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what: authentication on every operation and binding, and results confined to their caller. These checks
 * need an agent whose card requires authentication and, for scoping, credentials of two callers
 * ({@link Probe#secondCaller()}).
 */
final class AccessChecks {
    private static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    private static final String TASK_NOT_FOUND = "TASK_NOT_FOUND";

    private AccessChecks() {
    }

    /** Each of the eleven operations with parameters that would otherwise be valid enough to reach the agent. */
    private static Map<String, String> everyOperation() {
        String task = "\"" + UUID.randomUUID() + "\"";
        Map<String, String> operations = new LinkedHashMap<>();
        operations.put("SendMessage", send("tck-complete-task"));
        operations.put("SendStreamingMessage", send("tck-stream-001"));
        operations.put("GetTask", "{\"id\":" + task + "}");
        operations.put("ListTasks", "{}");
        operations.put("CancelTask", "{\"id\":" + task + "}");
        operations.put("SubscribeToTask", "{\"id\":" + task + "}");
        operations.put("CreateTaskPushNotificationConfig", "{\"taskId\":" + task + ",\"url\":\"https://example.com/hook\"}");
        operations.put("GetTaskPushNotificationConfig", "{\"taskId\":" + task + ",\"id\":\"c\"}");
        operations.put("ListTaskPushNotificationConfigs", "{\"taskId\":" + task + "}");
        operations.put("DeleteTaskPushNotificationConfig", "{\"taskId\":" + task + ",\"id\":\"c\"}");
        operations.put("GetExtendedAgentCard", "{}");
        return operations;
    }

    private static void requireAuthentication(Probe p) {
        if (!p.requiresAuthentication()) {
            throw new NotApplicable("the card requires no authentication");
        }
    }

    /** AUTH-SCOPE-001: an anonymous call of any operation is refused before the agent acts on it. */
    static void everyOperationIsChecked(Probe p) {
        requireAuthentication(p);
        Probe anonymous = p.anonymous();
        everyOperation().forEach((method, params) -> {
            Probe.Response response = anonymous.rpcRaw(anonymous.rpcBody(method, params), Map.of());
            expect(Expect.hasReason(response.json().path("error").path("data"), UNAUTHENTICATED),
                    "anonymous " + method + " was not refused as unauthenticated: " + response.body());
        });
    }

    /** AUTH-SERVER-002: every binding the card lists refuses an anonymous request with its own unauthenticated error. */
    static void everyBindingAuthenticates(Probe p) throws Exception {
        requireAuthentication(p);
        Probe anonymous = p.anonymous();
        if (p.interfaceUrl("JSONRPC").isPresent()) {
            Probe.Response rpc = anonymous.rpcRaw(anonymous.rpcBody("ListTasks", "{}"), Map.of());
            expect(rpc.status() == 401, "JSON-RPC answered an anonymous call with HTTP " + rpc.status());
            Expect.rpcError(rpc.json(), rpc.json().path("error").path("code").asInt(), UNAUTHENTICATED);
        }
        if (p.interfaceUrl("HTTP+JSON").isPresent()) {
            Expect.restError(anonymous.rest("GET", "/tasks", null), 401, UNAUTHENTICATED);
        }
        if (p.interfaceUrl("GRPC").isPresent()) {
            expect(grpcListTasks(anonymous) == Status.Code.UNAUTHENTICATED, "gRPC served an anonymous call");
        }
    }

    /** BIND-EQUIV-004: the same credentials open every binding, and their absence closes every one. */
    static void bindingsShareAuthentication(Probe p) throws Exception {
        boolean required = p.requiresAuthentication();
        if (p.interfaceUrl("JSONRPC").isPresent()) {
            expect(p.rpc("ListTasks", "{}").has("result"), "JSON-RPC refused the credentials");
            expect(!required || p.anonymous().rpc("ListTasks", "{}").has("error"), "JSON-RPC served an anonymous call");
        }
        if (p.interfaceUrl("HTTP+JSON").isPresent()) {
            expect(p.rest("GET", "/tasks", null).status() == 200, "HTTP+JSON refused the credentials");
            expect(!required || p.anonymous().rest("GET", "/tasks", null).status() == 401,
                    "HTTP+JSON served an anonymous call");
        }
        if (p.interfaceUrl("GRPC").isPresent()) {
            expect(grpcListTasks(p) == Status.Code.OK, "gRPC refused the credentials");
            expect(!required || grpcListTasks(p.anonymous()) == Status.Code.UNAUTHENTICATED, "gRPC served an anonymous call");
        }
    }

    /** AUTH-SCOPE-002 and AUTH-SCOPE-003: another caller cannot read, change or even detect a caller's task. */
    static void tasksStayWithTheirCaller(Probe p) {
        Probe other = p.secondCaller();
        String id = Expect.task(p.result("SendMessage", send("tck-input-required"))).path("id").asString();
        Expect.rpcError(other.rpc("GetTask", "{\"id\":\"" + id + "\"}"), -32001, TASK_NOT_FOUND);
        Expect.rpcError(other.rpc("CancelTask", "{\"id\":\"" + id + "\"}"), -32001, TASK_NOT_FOUND);
        Expect.rpcError(other.rpc("SendMessage", send("tck-complete-task", "\"taskId\":\"" + id + "\"", "")), -32001,
                TASK_NOT_FOUND);
        Expect.state(p.result("GetTask", "{\"id\":\"" + id + "\"}"), "TASK_STATE_INPUT_REQUIRED");
    }

    /** CORE-LIST-001: a caller's list holds its own task, and another caller's list does not. */
    static void listsHoldOnlyTheCallersTasks(Probe p) {
        Probe other = p.secondCaller();
        String context = "ctx-" + UUID.randomUUID();
        String id = Expect.task(p.result("SendMessage", send("tck-complete-task", "\"contextId\":\"" + context + "\"", "")))
                .path("id").asString();
        String filter = "{\"contextId\":\"" + context + "\"}";
        expect(containsTask(p.result("ListTasks", filter), id), "the caller's own task is missing from its list");
        expect(!containsTask(other.result("ListTasks", filter), id), "another caller's list shows the task");
    }

    private static boolean containsTask(JsonNode list, String id) {
        for (JsonNode task : list.path("tasks")) {
            if (id.equals(task.path("id").asString())) {
                return true;
            }
        }
        return false;
    }

    private static Status.Code grpcListTasks(Probe p) throws Exception {
        Status.Code[] code = {Status.Code.OK};
        GrpcChecks.onChannel(p, stub -> {
            try {
                GrpcChecks.withVersion(stub).listTasks(ListTasksRequest.getDefaultInstance());
            } catch (StatusRuntimeException e) {
                code[0] = e.getStatus().getCode();
            }
        });
        return code[0];
    }
}
