package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Probe.send;
import static io.agentwire.conformance.a2a.Requirement.check;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Data model requirements, read off real responses: required fields, enums, camelCase, timestamps, oneofs. */
final class DataModelChecks {
    private static final Set<String> STATES = Set.of("TASK_STATE_SUBMITTED", "TASK_STATE_WORKING", "TASK_STATE_COMPLETED",
            "TASK_STATE_FAILED", "TASK_STATE_CANCELED", "TASK_STATE_INPUT_REQUIRED", "TASK_STATE_REJECTED", "TASK_STATE_AUTH_REQUIRED");

    private DataModelChecks() {
    }

    private static JsonNode completedTask(Probe p) {
        return Expect.task(p.result("SendMessage", send("tck-artifact-text")));
    }

    static List<Requirement> all() {
        return List.of(
                check("DM-TASK-001", Level.MUST, "Task object contains required fields", p -> {
                    JsonNode task = completedTask(p);
                    expect(!task.path("id").asString("").isEmpty() && task.path("status").isObject(), "task lacks id or status: " + task);
                }),
                check("DM-TASK-002", Level.MUST, "TaskState uses valid enumeration values",
                        p -> expect(STATES.contains(Expect.state(completedTask(p))), "state " + Expect.state(completedTask(p)))),
                check("DM-MSG-001", Level.MUST, "Message contains required fields", p -> {
                    JsonNode message = p.result("SendMessage", send("tck-message-response")).path("message");
                    expect(!message.path("messageId").asString("").isEmpty() && message.has("role") && message.path("parts").size() > 0,
                            "message lacks messageId, role or parts: " + message);
                }),
                check("DM-MSG-002", Level.MUST, "Role uses valid enumeration values", p -> {
                    String role = p.result("SendMessage", send("tck-message-response")).path("message").path("role").asString("");
                    expect(role.equals("ROLE_AGENT"), "role " + role);
                }),
                check("DM-PART-001", Level.MUST, "Part uses oneof semantics", p -> {
                    for (JsonNode part : completedTask(p).path("artifacts").get(0).path("parts")) {
                        int contents = 0;
                        for (String kind : List.of("text", "raw", "url", "data")) {
                            contents += part.has(kind) ? 1 : 0;
                        }
                        expect(contents == 1 && !part.has("kind"), "a part with " + contents + " contents: " + part);
                    }
                }),
                check("DM-ART-001", Level.MUST, "Artifact contains required fields", p -> {
                    JsonNode artifact = completedTask(p).path("artifacts").get(0);
                    expect(artifact != null && !artifact.path("artifactId").asString("").isEmpty() && artifact.path("parts").size() > 0,
                            "artifact lacks artifactId or parts: " + artifact);
                }),
                check("DM-STATUS-001", Level.MUST, "TaskStatus contains required state field",
                        p -> expect(completedTask(p).path("status").has("state"), "status without state")),
                check("DM-SERIAL-001", Level.MUST, "JSON serialization uses camelCase field names", p -> {
                    JsonNode task = completedTask(p);
                    expect(task.has("contextId") && !task.has("context_id"), "not camelCase: " + task);
                    expect(p.result("ListTasks", "{}").has("nextPageToken"), "ListTasksResponse not camelCase");
                }),
                check("DM-SERIAL-002", Level.MUST, "Enum values use ProtoJSON string representation",
                        p -> expect(Expect.state(completedTask(p)).startsWith("TASK_STATE_"), "state not a ProtoJSON enum name")),
                check("DM-SERIAL-003", Level.MUST, "Timestamps use ISO 8601 format in UTC", p -> {
                    String ts = completedTask(p).path("status").path("timestamp").asString("");
                    expect(ts.endsWith("Z"), "timestamp not in UTC: " + ts);
                    try {
                        Instant.parse(ts);
                    } catch (DateTimeParseException e) {
                        throw new CheckFailure("not an RFC 3339 timestamp: " + ts);
                    }
                }),
                check("DM-SERIAL-004", Level.MUST, "Required fields must be present in messages", p -> {
                    JsonNode page = p.result("ListTasks", "{\"contextId\":\"none-" + java.util.UUID.randomUUID() + "\"}");
                    for (String field : List.of("tasks", "nextPageToken", "pageSize", "totalSize")) {
                        expect(page.has(field), "ListTasksResponse without REQUIRED " + field + ": " + page);
                    }
                }),
                check("DM-SERIAL-005", Level.SHOULD, "Implementations should ignore unrecognized fields", p -> {
                    String params = send("tck-complete-task", "\"futureField\":{\"x\":1}", "\"anotherFutureField\":true");
                    expect(p.rpc("SendMessage", params, Map.of()).has("result"), "unknown fields were refused");
                }));
    }
}
