package io.agentwire.a2a.compat;

import static io.agentwire.a2a.compat.V03Samples.json;
import static io.agentwire.a2a.compat.V03Samples.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.ListValue;
import com.google.protobuf.Value;
import com.google.protobuf.util.Timestamps;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskArtifactUpdateEvent;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;

/** The 0.3 ⇄ 1.0 translation on hand-written 0.3 samples: golden values both ways, round trips, and refusals. */
class V03TranslatorTest {

    private static void assertInvalid(String fragment, Executable call) {
        A2aException e = assertThrows(A2aException.class, call);
        assertEquals(A2aError.INVALID_PARAMS, e.error());
        assertTrue(e.getMessage().contains(fragment), "\"" + e.getMessage() + "\" should mention " + fragment);
    }

    // ---- parts -------------------------------------------------------------------------------------------

    @Test
    void partsOfEveryKindMapToTheFlatPart() {
        Part text = V03Translator.fromV03Part(json(V03Samples.TEXT_PART));
        assertEquals("hello", text.getText());
        assertEquals("en", text.getMetadata().getFieldsOrThrow("lang").getStringValue());

        Part bytes = V03Translator.fromV03Part(json(V03Samples.FILE_BYTES_PART));
        assertEquals(ByteString.copyFrom("Hello", StandardCharsets.UTF_8), bytes.getRaw());
        assertEquals("text/plain", bytes.getMediaType());
        assertEquals("hello.txt", bytes.getFilename());

        Part uri = V03Translator.fromV03Part(json(V03Samples.FILE_URI_PART));
        assertEquals("https://files.example.com/report.pdf", uri.getUrl());
        assertEquals("application/pdf", uri.getMediaType());
        assertEquals("report.pdf", uri.getFilename());

        Part data = V03Translator.fromV03Part(json(V03Samples.DATA_PART));
        assertEquals(42, data.getData().getStructValue().getFieldsOrThrow("count").getNumberValue());
        assertEquals("Lyon", data.getData().getStructValue().getFieldsOrThrow("city").getStringValue());
    }

    @Test
    void partsRoundTripUnchanged() {
        for (String sample : V03Samples.PARTS) {
            assertEquals(json(sample), normalized(V03Translator.toV03(V03Translator.fromV03Part(json(sample)))), sample);
        }
    }

    @Test
    void flatPartsGoOutWithTheirKind() {
        assertEquals(json("{\"kind\":\"file\",\"file\":{\"bytes\":\"AAE=\",\"mimeType\":\"application/octet-stream\"}}"),
                normalized(V03Translator.toV03(Part.newBuilder().setRaw(ByteString.copyFrom(new byte[] {0, 1}))
                        .setMediaType("application/octet-stream").build())));
        assertEquals(json("{\"kind\":\"file\",\"file\":{\"uri\":\"https://x.example/f\",\"name\":\"f\"}}"),
                normalized(V03Translator.toV03(Part.newBuilder().setUrl("https://x.example/f").setFilename("f").build())));
        // A text part's mediaType has nowhere to go in 0.3.
        assertEquals(json("{\"kind\":\"text\",\"text\":\"# Title\"}"),
                normalized(V03Translator.toV03(Part.newBuilder().setText("# Title").setMediaType("text/markdown").build())));
        // 0.3 data parts hold objects only; any other 1.0 value is wrapped.
        Value list = Value.newBuilder().setListValue(ListValue.newBuilder()
                .addValues(Value.newBuilder().setNumberValue(1))).build();
        assertEquals(json("{\"kind\":\"data\",\"data\":{\"value\":[1]}}"),
                normalized(V03Translator.toV03(Part.newBuilder().setData(list).build())));
    }

    @Test
    void aPartWithoutKindIsRecognisedByItsContent() {
        assertEquals("hi", V03Translator.fromV03Part(json("{\"text\":\"hi\"}")).getText());
        assertEquals("https://x.example/f", V03Translator.fromV03Part(json("{\"file\":{\"uri\":\"https://x.example/f\"}}")).getUrl());
        assertTrue(V03Translator.fromV03Part(json("{\"data\":{}}")).hasData());
    }

    @Test
    void malformedPartsAreInvalidParams() {
        assertInvalid("kind \"image\"", () -> V03Translator.fromV03Part(json("{\"kind\":\"image\",\"image\":\"x\"}")));
        assertInvalid("both bytes and uri", () -> V03Translator.fromV03Part(json(
                "{\"kind\":\"file\",\"file\":{\"bytes\":\"AA==\",\"uri\":\"https://x.example\"}}")));
        assertInvalid("needs bytes or uri", () -> V03Translator.fromV03Part(json("{\"kind\":\"file\",\"file\":{\"name\":\"x\"}}")));
        assertInvalid("part.file.bytes is not base64", () -> V03Translator.fromV03Part(json(
                "{\"kind\":\"file\",\"file\":{\"bytes\":\"%%%\"}}")));
        assertInvalid("part.data must be an object", () -> V03Translator.fromV03Part(json("{\"kind\":\"data\",\"data\":[1]}")));
        assertInvalid("part.text must be a string", () -> V03Translator.fromV03Part(json("{\"kind\":\"text\",\"text\":7}")));
        assertInvalid("no kind", () -> V03Translator.fromV03Part(json("{\"metadata\":{}}")));
    }

    // ---- messages ----------------------------------------------------------------------------------------

    @Test
    void messageMapsEveryFieldAndRoundTrips() {
        Message message = V03Translator.fromV03Message(json(V03Samples.MESSAGE));
        assertEquals("m-1", message.getMessageId());
        assertEquals(Role.ROLE_USER, message.getRole());
        assertEquals("ctx-1", message.getContextId());
        assertEquals("task-1", message.getTaskId());
        assertEquals("task-0", message.getReferenceTaskIds(0));
        assertEquals("https://example.com/ext/v1", message.getExtensions(0));
        assertEquals("abc", message.getMetadata().getFieldsOrThrow("trace").getStringValue());
        assertEquals(4, message.getPartsCount());
        assertEquals(json(V03Samples.MESSAGE), normalized(V03Translator.toV03(message)));
    }

    @Test
    void unknownFieldsAreIgnored() {
        JsonNode sample = json("{\"kind\":\"message\",\"messageId\":\"m\",\"role\":\"agent\",\"futureField\":{\"x\":1},"
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"t\",\"alsoNew\":true}]}");
        Message message = V03Translator.fromV03Message(sample);
        assertEquals(Role.ROLE_AGENT, message.getRole());
        assertEquals("t", message.getParts(0).getText());
    }

    @Test
    void rolesAndKindsAreChecked() {
        assertEquals(Role.ROLE_USER, V03Translator.fromV03Role("user"));
        assertEquals("agent", V03Translator.toV03(Role.ROLE_AGENT));
        assertInvalid("\"system\" is not a 0.3 role", () -> V03Translator.fromV03Message(json(
                "{\"kind\":\"message\",\"messageId\":\"m\",\"role\":\"system\",\"parts\":[]}")));
        assertInvalid("\"ROLE_USER\" is not a 0.3 role", () -> V03Translator.fromV03Role("ROLE_USER"));
        assertInvalid("message.role is required", () -> V03Translator.fromV03Message(json(
                "{\"kind\":\"message\",\"messageId\":\"m\",\"parts\":[]}")));
        assertInvalid("message.messageId is required", () -> V03Translator.fromV03Message(json(
                "{\"kind\":\"message\",\"role\":\"user\",\"parts\":[]}")));
        assertInvalid("message.kind is \"task\"", () -> V03Translator.fromV03Message(json(
                "{\"kind\":\"task\",\"messageId\":\"m\",\"role\":\"user\",\"parts\":[]}")));
        assertInvalid("message.parts[1].kind", () -> V03Translator.fromV03Message(json("{\"kind\":\"message\","
                + "\"messageId\":\"m\",\"role\":\"user\",\"parts\":[{\"kind\":\"text\",\"text\":\"a\"},{\"kind\":\"video\"}]}")));
    }

    // ---- states, tasks, events ---------------------------------------------------------------------------

    @Test
    void statesMapBothWays() {
        Map<String, TaskState> states = Map.of("submitted", TaskState.TASK_STATE_SUBMITTED,
                "working", TaskState.TASK_STATE_WORKING, "input-required", TaskState.TASK_STATE_INPUT_REQUIRED,
                "completed", TaskState.TASK_STATE_COMPLETED, "canceled", TaskState.TASK_STATE_CANCELED,
                "failed", TaskState.TASK_STATE_FAILED, "rejected", TaskState.TASK_STATE_REJECTED,
                "auth-required", TaskState.TASK_STATE_AUTH_REQUIRED, "unknown", TaskState.TASK_STATE_UNSPECIFIED);
        states.forEach((v03, v10) -> {
            assertEquals(v10, V03Translator.fromV03State(v03), v03);
            assertEquals(v03, V03Translator.toV03(v10), v10.name());
        });
        assertEquals(TaskState.TASK_STATE_CANCELED, V03Translator.fromV03State("cancelled"));
        assertEquals("unknown", V03Translator.toV03(TaskState.UNRECOGNIZED));
        assertInvalid("\"TASK_STATE_COMPLETED\" is not a 0.3 task state", () -> V03Translator.fromV03State("TASK_STATE_COMPLETED"));
        assertInvalid("\"done\" is not a 0.3 task state", () -> V03Translator.fromV03State("done"));
    }

    @Test
    void taskMapsAndRoundTrips() {
        Task task = V03Translator.fromV03Task(json(V03Samples.TASK));
        assertEquals("task-1", task.getId());
        assertEquals(TaskState.TASK_STATE_INPUT_REQUIRED, task.getStatus().getState());
        assertEquals(Timestamps.parseUnchecked("2025-07-31T12:00:00Z"), task.getStatus().getTimestamp());
        assertEquals("Which city?", task.getStatus().getMessage().getParts(0).getText());
        assertEquals("a-1", task.getArtifacts(0).getArtifactId());
        assertEquals("The answer", task.getArtifacts(0).getDescription());
        assertEquals(1, task.getHistoryCount());
        assertEquals("high", task.getMetadata().getFieldsOrThrow("priority").getStringValue());
        assertEquals(json(V03Samples.TASK), normalized(V03Translator.toV03(task)));
    }

    @Test
    void timestampsWithOffsetsOrWithoutZoneAreRead() {
        TaskStatus offset = V03Translator.fromV03Status(json("{\"state\":\"working\",\"timestamp\":\"2025-07-31T14:00:00+02:00\"}"));
        assertEquals(Timestamps.parseUnchecked("2025-07-31T12:00:00Z"), offset.getTimestamp());
        TaskStatus naive = V03Translator.fromV03Status(json("{\"state\":\"working\",\"timestamp\":\"2025-07-31T12:00:00.123456\"}"));
        assertEquals("2025-07-31T12:00:00.123Z", Timestamps.toString(naive.getTimestamp()));
        assertInvalid("status.timestamp is not an ISO 8601 timestamp", () -> V03Translator.fromV03Status(
                json("{\"state\":\"working\",\"timestamp\":\"yesterday\"}")));
    }

    @Test
    void statusUpdatesCarryFinalForTerminalAndInterruptedStates() {
        for (TaskState state : TaskState.values()) {
            if (state == TaskState.UNRECOGNIZED) {
                continue;
            }
            JsonNode event = V03Translator.toV03(TaskStatusUpdateEvent.newBuilder().setTaskId("t").setContextId("c")
                    .setStatus(TaskStatus.newBuilder().setState(state)).build());
            boolean expected = state != TaskState.TASK_STATE_UNSPECIFIED && state != TaskState.TASK_STATE_SUBMITTED
                    && state != TaskState.TASK_STATE_WORKING;
            assertEquals(expected, event.path("final").booleanValue(), state.name());
            assertTrue(event.has("final"), "final is REQUIRED in 0.3");
            assertEquals("status-update", event.path("kind").stringValue());
        }
    }

    @Test
    void eventsRoundTripAndFinalIsDerivedNotCopied() {
        TaskStatusUpdateEvent status = V03Translator.fromV03StatusUpdate(json(V03Samples.STATUS_UPDATE));
        assertEquals(TaskState.TASK_STATE_COMPLETED, status.getStatus().getState());
        assertEquals(json(V03Samples.STATUS_UPDATE), normalized(V03Translator.toV03(status)));
        // A sender's "final" does not survive: the state decides.
        TaskStatusUpdateEvent working = V03Translator.fromV03StatusUpdate(json(
                "{\"kind\":\"status-update\",\"taskId\":\"t\",\"contextId\":\"c\",\"status\":{\"state\":\"working\"},\"final\":true}"));
        assertFalse(V03Translator.toV03(working).path("final").booleanValue());

        TaskArtifactUpdateEvent artifact = V03Translator.fromV03ArtifactUpdate(json(V03Samples.ARTIFACT_UPDATE));
        assertTrue(artifact.getAppend());
        assertTrue(artifact.getLastChunk());
        assertEquals(json(V03Samples.ARTIFACT_UPDATE), normalized(V03Translator.toV03(artifact)));
    }

    @Test
    void resultsAreToldApartByKind() {
        assertEquals(StreamResponse.PayloadCase.TASK, V03Translator.fromV03Event(json(V03Samples.TASK)).getPayloadCase());
        assertEquals(StreamResponse.PayloadCase.MESSAGE, V03Translator.fromV03Event(json(V03Samples.MESSAGE)).getPayloadCase());
        assertEquals(StreamResponse.PayloadCase.STATUS_UPDATE,
                V03Translator.fromV03Event(json(V03Samples.STATUS_UPDATE)).getPayloadCase());
        assertEquals(StreamResponse.PayloadCase.ARTIFACT_UPDATE,
                V03Translator.fromV03Event(json(V03Samples.ARTIFACT_UPDATE)).getPayloadCase());
        assertInvalid("result.kind \"statusUpdate\"", () -> V03Translator.fromV03Event(json("{\"kind\":\"statusUpdate\"}")));

        Message reply = Message.newBuilder().setMessageId("r").setRole(Role.ROLE_AGENT)
                .addParts(Part.newBuilder().setText("hi")).build();
        assertEquals("message", V03Translator.toV03(SendMessageResponse.newBuilder().setMessage(reply).build())
                .path("kind").stringValue());
        assertEquals("task", V03Translator.toV03(SendMessageResponse.newBuilder().setTask(Task.newBuilder().setId("t")
                .setStatus(TaskStatus.newBuilder().setState(TaskState.TASK_STATE_WORKING))).build()).path("kind").stringValue());
        assertEquals("artifact-update", V03Translator.toV03(StreamResponse.newBuilder().setArtifactUpdate(
                TaskArtifactUpdateEvent.getDefaultInstance()).build()).path("kind").stringValue());
    }

    // ---- send configuration and push configs -------------------------------------------------------------

    @Test
    void sendParamsMapBlockingToReturnImmediately() {
        SendMessageRequest request = V03Translator.fromV03SendParams(json(V03Samples.SEND_PARAMS));
        SendMessageConfiguration config = request.getConfiguration();
        assertTrue(config.getReturnImmediately(), "blocking:false means return at once");
        assertEquals(3, config.getHistoryLength());
        assertEquals("text/plain", config.getAcceptedOutputModes(0));
        assertEquals("Bearer", config.getTaskPushNotificationConfig().getAuthentication().getScheme());
        assertEquals("https://hooks.example.com/a2a", config.getTaskPushNotificationConfig().getUrl());
        assertEquals("v", request.getMetadata().getFieldsOrThrow("k").getStringValue());
        assertEquals(json(V03Samples.SEND_PARAMS), normalized(V03Translator.toV03(request)));

        assertFalse(V03Translator.fromV03Configuration(json("{\"blocking\":true}")).getReturnImmediately());
        assertFalse(V03Translator.fromV03Configuration(json("{}")).getReturnImmediately(), "absent blocking waits");
        assertFalse(V03Translator.fromV03Configuration(json("{}")).hasHistoryLength());
        assertInvalid("configuration.blocking must be true or false", () -> V03Translator.fromV03Configuration(
                json("{\"blocking\":\"no\"}")));
        assertInvalid("configuration.historyLength must be an integer", () -> V03Translator.fromV03Configuration(
                json("{\"historyLength\":1.5}")));
    }

    @Test
    void pushConfigsFlattenAndTheFirstSchemeIsUsed() {
        TaskPushNotificationConfig config = V03Translator.fromV03PushConfig(json(V03Samples.PUSH_CONFIG));
        assertEquals("task-1", config.getTaskId());
        assertEquals("hook-1", config.getId());
        assertEquals("https://hooks.example.com/a2a", config.getUrl());
        assertEquals("tok", config.getToken());
        assertEquals("Bearer", config.getAuthentication().getScheme());
        assertEquals("secret", config.getAuthentication().getCredentials());
        assertEquals(json(V03Samples.PUSH_CONFIG), normalized(V03Translator.toV03(config)));

        TaskPushNotificationConfig two = V03Translator.fromV03PushConfig(json("{\"taskId\":\"t\",\"pushNotificationConfig\":"
                + "{\"url\":\"https://h.example\",\"authentication\":{\"schemes\":[\"Basic\",\"Bearer\"],\"credentials\":\"c\"}}}"));
        assertEquals("Basic", two.getAuthentication().getScheme());
        TaskPushNotificationConfig none = V03Translator.fromV03PushConfig(json("{\"taskId\":\"t\",\"pushNotificationConfig\":"
                + "{\"url\":\"https://h.example\",\"authentication\":{\"schemes\":[]}}}"));
        assertFalse(none.hasAuthentication());
        assertInvalid("schemes must name the scheme", () -> V03Translator.fromV03PushConfig(json("{\"taskId\":\"t\","
                + "\"pushNotificationConfig\":{\"url\":\"https://h.example\",\"authentication\":{\"schemes\":[],\"credentials\":\"c\"}}}")));
        assertInvalid("config.pushNotificationConfig.url is required", () -> V03Translator.fromV03PushConfig(
                json("{\"taskId\":\"t\",\"pushNotificationConfig\":{}}")));
        assertInvalid("config.taskId is required", () -> V03Translator.fromV03PushConfig(
                json("{\"pushNotificationConfig\":{\"url\":\"https://h.example\"}}")));
    }
}
