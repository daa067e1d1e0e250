package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Probe.send;
import static io.agentwire.conformance.a2a.Requirement.check;
import static io.agentwire.conformance.a2a.Requirement.manual;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Version negotiation and authentication requirements. */
final class VersionAndAuthChecks {
    private VersionAndAuthChecks() {
    }

    static List<Requirement> all() {
        return List.of(
                manual("VER-CLIENT-001", Level.MUST, "Clients must send A2A-Version header with each request",
                        "a client-side rule; Agentwire's client sends it on every request (A2aClient, HttpCalls)"),
                check("VER-SERVER-001", Level.MUST, "Agent processes requests using requested version semantics", p -> {
                    JsonNode result = p.result("SendMessage", send("tck-complete-task"));
                    expect(result.has("task") && !result.path("task").has("kind"), "1.0 requests got 0.3-shaped answers: " + result);
                }),
                check("VER-SERVER-002", Level.MUST, "Agent returns VersionNotSupportedError for unsupported version",
                        p -> Expect.rpcError(p.rpc("ListTasks", "{}", Map.of("A2A-Version", "99.0")), -32009, "VERSION_NOT_SUPPORTED")),
                check("VER-SERVER-003", Level.MUST, "Agent interprets empty version header as 0.3", p -> {
                    for (JsonNode i : p.card().path("supportedInterfaces")) {
                        if (i.path("url").asString("").equals(p.jsonRpcUrl()) && i.path("protocolVersion").asString("").startsWith("0.3")) {
                            throw new NotApplicable("the JSON-RPC URL also serves 0.3, so a versionless request is legitimately served");
                        }
                    }
                    // A 1.0-only interface must refuse what it has to read as 0.3.
                    Expect.rpcError(p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}", Map.of("A2A-Version", Probe.OMIT)),
                            -32009, "VERSION_NOT_SUPPORTED");
                    Expect.rpcError(p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}", Map.of("A2A-Version", "")),
                            -32009, "VERSION_NOT_SUPPORTED");
                }),
                check("VER-CLIENT-002", Level.MUST, "Patch version numbers must not affect negotiation",
                        p -> expect(p.rpc("ListTasks", "{}", Map.of("A2A-Version", "1.0.5")).has("result"), "1.0.5 was refused")),
                check("AUTH-TLS-001", Level.MUST, "Production deployments must use encrypted communication",
                        TlsChecks::everyInterfaceIsEncrypted),
                check("AUTH-TLS-002", Level.SHOULD, "Modern TLS configurations recommended", TlsChecks::tlsIsModern),
                manual("AUTH-SERVER-001", Level.SHOULD, "Clients should verify server TLS certificates", "a client-side rule"),
                check("AUTH-SERVER-002", Level.MUST, "Server must authenticate every incoming request",
                        AccessChecks::everyBindingAuthenticates),
                check("AUTH-INTASK-001", Level.MUST, "Agent MUST use a Task to track operation requiring authorization",
                        p -> expect(authRequired(p).has("id"), "no task for an operation needing authorization")),
                check("AUTH-INTASK-002", Level.MUST, "Agent MUST transition to auth_required state",
                        p -> Expect.state(authRequired(p), "TASK_STATE_AUTH_REQUIRED")),
                check("AUTH-INTASK-003", Level.MUST, "Agent MUST include status message explaining authorization",
                        p -> expect(authRequired(p).path("status").path("message").path("parts").size() > 0, "no status message")),
                manual("AUTH-INTASK-004", Level.MUST, "Agent MUST arrange to receive credentials out-of-band",
                        "out-of-band by definition: not observable on the A2A wire"),
                manual("AUTH-INTASK-005", Level.SHOULD, "Agent SHOULD maintain active response streams during auth_required",
                        "needs an agent that resumes on its own after out-of-band credentials"),
                check("AUTH-INTASK-006", Level.SHOULD, "Agent SHOULD support receiving messages during auth_required", p -> {
                    String id = authRequired(p).path("id").asString();
                    expect(p.rpc("SendMessage", send("credentials-sent", "\"taskId\":\"" + id + "\"", "")).has("result"),
                            "a message to an AUTH_REQUIRED task was refused");
                }),
                check("AUTH-SCOPE-001", Level.MUST, "Authorization checks on every operation request",
                        AccessChecks::everyOperationIsChecked),
                check("AUTH-SCOPE-002", Level.MUST, "Results scoped to caller's authorization boundaries",
                        AccessChecks::tasksStayWithTheirCaller),
                check("AUTH-SCOPE-003", Level.MUST, "Server must not reveal existence of unauthorized resources",
                        p -> Expect.rpcError(p.rpc("GetTask", "{\"id\":\"" + UUID.randomUUID() + "\"}"), -32001, "TASK_NOT_FOUND")));
    }

    /**
     * A task the agent parks in AUTH_REQUIRED. The TCK's prefix contract has no such behaviour; Agentwire's reference
     * agent offers {@code tck-auth-required}, and agents without it make these checks not applicable.
     */
    private static JsonNode authRequired(Probe p) {
        JsonNode response = p.rpc("SendMessage", send("tck-auth-required"));
        JsonNode task = response.path("result").path("task");
        if (!"TASK_STATE_AUTH_REQUIRED".equals(Expect.state(task))) {
            throw new NotApplicable("the agent has no tck-auth-required behaviour (got " + Expect.state(task) + ")");
        }
        return task;
    }
}
