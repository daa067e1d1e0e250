package io.agentwire.a2a.compat;

import static io.agentwire.a2a.compat.V03Samples.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskArtifactUpdateEvent;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the translator writes is valid against the 0.3 JSON Schema ({@code shared/spec-data/a2a/v0.3.0/a2a.json}),
 * and so are our hand-written samples. Skipped when the shared spec data is not beside the repository.
 */
class V03SchemaTest {
    private static V03Schema schema;

    @BeforeAll
    static void load() {
        schema = V03Schema.load().orElse(null);
        Assumptions.assumeTrue(schema != null, "shared/spec-data/a2a/v0.3.0/a2a.json not found above " + System.getProperty("user.dir"));
    }

    private static void assertValid(String definition, JsonNode instance) {
        List<String> errors = schema.validate(definition, instance);
        assertEquals(List.of(), errors, definition + ": " + instance);
    }

    @Test
    void theValidatorRejectsWhatIsWrong() {
        assertFalse(schema.validate("TaskStatus", json("{\"state\":\"TASK_STATE_COMPLETED\"}")).isEmpty());
        assertFalse(schema.validate("Message", json("{\"messageId\":\"m\",\"role\":\"user\",\"parts\":[]}")).isEmpty(),
                "kind is required");
        assertFalse(schema.validate("Part", json("{\"kind\":\"file\",\"file\":{\"name\":\"x\"}}")).isEmpty());
        assertFalse(schema.validate("TaskStatusUpdateEvent", json("{\"kind\":\"status-update\",\"taskId\":\"t\","
                + "\"contextId\":\"c\",\"status\":{\"state\":\"working\"}}")).isEmpty(), "final is required");
    }

    @Test
    void samplesAreValid03() {
        V03Samples.PARTS.forEach(part -> assertValid("Part", json(part)));
        assertValid("Message", json(V03Samples.MESSAGE));
        assertValid("Task", json(V03Samples.TASK));
        assertValid("TaskStatusUpdateEvent", json(V03Samples.STATUS_UPDATE));
        assertValid("TaskArtifactUpdateEvent", json(V03Samples.ARTIFACT_UPDATE));
        assertValid("TaskPushNotificationConfig", json(V03Samples.PUSH_CONFIG));
        assertValid("MessageSendParams", json(V03Samples.SEND_PARAMS));
    }

    @Test
    void translatedObjectsAreValid03() {
        V03Samples.PARTS.forEach(part -> assertValid("Part", V03Translator.toV03(V03Translator.fromV03Part(json(part)))));
        assertValid("Message", V03Translator.toV03(V03Translator.fromV03Message(json(V03Samples.MESSAGE))));
        assertValid("Task", V03Translator.toV03(V03Translator.fromV03Task(json(V03Samples.TASK))));
        assertValid("TaskPushNotificationConfig", V03Translator.toV03(V03Translator.fromV03PushConfig(json(V03Samples.PUSH_CONFIG))));
        assertValid("MessageSendParams", V03Translator.toV03(V03Translator.fromV03SendParams(json(V03Samples.SEND_PARAMS))));
        assertValid("SendStreamingMessageSuccessResponse", json(V03Envelope.result(json("1"),
                V03Translator.toV03(V03Translator.fromV03StatusUpdate(json(V03Samples.STATUS_UPDATE))))));
    }

    @Test
    void sparse10ObjectsStillMakeValid03() {
        // What the engine produces at its leanest: no contextId, no parts, no timestamps, states of every kind.
        for (TaskState state : TaskState.values()) {
            if (state == TaskState.UNRECOGNIZED) {
                continue;
            }
            TaskStatus status = TaskStatus.newBuilder().setState(state).build();
            assertValid("Task", V03Translator.toV03(Task.newBuilder().setId("t").setStatus(status).build()));
            assertValid("TaskStatusUpdateEvent", V03Translator.toV03(TaskStatusUpdateEvent.newBuilder().setStatus(status).build()));
        }
        assertValid("TaskArtifactUpdateEvent", V03Translator.toV03(TaskArtifactUpdateEvent.newBuilder()
                .setArtifact(Artifact.newBuilder().setArtifactId("a").addParts(Part.newBuilder().setData(
                        com.google.protobuf.Value.newBuilder().setStringValue("scalar")))).build()));
        assertValid("Part", V03Translator.toV03(Part.getDefaultInstance()));
    }

    @Test
    void cardsAreValid03() {
        assertValid("AgentCard", json(V03Cards.toV03(V03Samples.card(), "http://127.0.0.1:8080/a2a/v03")));
        assertValid("AgentCard", json(V03Cards.toV03(io.agentwire.a2a.model.AgentCard.newBuilder().setName("n")
                .setDescription("d").setVersion("1").build(), "http://127.0.0.1:8080/a2a/v03")));
    }

    @Test
    void theUnionCardIsValid03() {
        assertValid("AgentCard", json(V03Cards.union(V03Samples.card(), "http://127.0.0.1:8080/a2a/v03")));
    }

    @Test
    void errorsAreValid03() {
        assertValid("JSONRPCErrorResponse", json(V03Envelope.error(json("\"req-1\""),
                io.agentwire.a2a.error.A2aException.taskNotFound("t"))));
        assertValid("JSONRPCErrorResponse", json(V03Envelope.error(null,
                io.agentwire.a2a.error.A2aError.PARSE_ERROR, null)));
    }
}
