package io.agentwire.a2a.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.Value;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AuthenticationInfo;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;
import org.junit.jupiter.api.Test;

/** The 0.3 proto translation: what survives a round trip, what 0.3 cannot carry, and the 0.3 proto's own rules. */
class V03ProtosTest {
    private static Message message() {
        return Message.newBuilder().setMessageId("m-1").setContextId("c-1").setTaskId("t-1").setRole(Role.ROLE_USER)
                .addParts(Part.newBuilder().setText("hello"))
                .addParts(Part.newBuilder().setRaw(ByteString.copyFromUtf8("bytes")).setMediaType("text/plain"))
                .addParts(Part.newBuilder().setUrl("https://example.com/f.txt").setMediaType("text/plain"))
                .addParts(Part.newBuilder().setData(V03Values.value(V03Samples.json("{\"k\":\"v\"}"))))
                .addExtensions("https://example.com/ext/v1").build();
    }

    @Test
    void tasksAndTheirPartsRoundTrip() {
        Task task = Task.newBuilder().setId("t-1").setContextId("c-1").addHistory(message())
                .setStatus(TaskStatus.newBuilder().setState(TaskState.TASK_STATE_CANCELED).setMessage(message())).build();
        V03Proto.Task v03 = V03Protos.toV03(task);
        assertEquals(V03Proto.TaskState.TASK_STATE_CANCELLED, v03.getStatus().getState(), "0.3 spells it CANCELLED");
        assertEquals("bytes", v03.getHistory(0).getContent(1).getFile().getFileWithBytes().toStringUtf8());
        assertEquals(task, V03Protos.fromV03(v03));
    }

    @Test
    void whatThe03ProtoCannotCarryIsDroppedOrWrapped() {
        Message rich = message().toBuilder().addReferenceTaskIds("t-0")
                .addParts(Part.newBuilder().setData(Value.newBuilder().setNumberValue(42)))
                .addParts(Part.newBuilder().setUrl("https://example.com/a.png").setFilename("a.png")).build();
        Message back = V03Protos.fromV03(V03Protos.toV03(StreamResponse.newBuilder().setMessage(rich).build())).getMessage();
        assertEquals(0, back.getReferenceTaskIdsCount());
        assertEquals(42, back.getParts(4).getData().getStructValue().getFieldsOrThrow(V03Parts.WRAPPED_DATA_KEY).getNumberValue());
        assertEquals("", back.getParts(5).getFilename());
    }

    @Test
    void statusUpdatesSayWhetherTheyAreFinal() {
        TaskStatusUpdateEvent working = TaskStatusUpdateEvent.newBuilder().setTaskId("t").setContextId("c")
                .setStatus(TaskStatus.newBuilder().setState(TaskState.TASK_STATE_WORKING)).build();
        assertFalse(V03Protos.toV03(StreamResponse.newBuilder().setStatusUpdate(working).build()).getStatusUpdate().getFinal());
        TaskStatusUpdateEvent input = working.toBuilder().setStatus(TaskStatus.newBuilder()
                .setState(TaskState.TASK_STATE_INPUT_REQUIRED)).build();
        assertTrue(V03Protos.toV03(StreamResponse.newBuilder().setStatusUpdate(input).build()).getStatusUpdate().getFinal());
    }

    /** A proto bool cannot be absent: a configuration sent without blocking asks not to wait; no configuration waits. */
    @Test
    void blockingFollowsTheProto() {
        SendMessageRequest plain = SendMessageRequest.newBuilder().setMessage(message()).build();
        assertFalse(V03ProtoRequests.fromV03(V03Protos.toV03(plain)).getConfiguration().getReturnImmediately());
        SendMessageRequest immediate = plain.toBuilder().setConfiguration(SendMessageConfiguration.newBuilder()
                .setReturnImmediately(true).setHistoryLength(3)).build();
        assertEquals(immediate, V03ProtoRequests.fromV03(V03Protos.toV03(immediate)));
        V03Proto.SendMessageRequest unset = V03Proto.SendMessageRequest.newBuilder().setRequest(V03Protos.toV03(plain).getRequest())
                .setConfiguration(V03Proto.SendMessageConfiguration.newBuilder().addAcceptedOutputModes("text/plain")).build();
        assertTrue(V03ProtoRequests.fromV03(unset).getConfiguration().getReturnImmediately());
    }

    @Test
    void pushConfigsTravelByResourceName() {
        TaskPushNotificationConfig config = TaskPushNotificationConfig.newBuilder().setTaskId("t-1").setId("c-1")
                .setUrl("https://hooks.example.com/a2a").setToken("tok")
                .setAuthentication(AuthenticationInfo.newBuilder().setScheme("Bearer").setCredentials("secret")).build();
        V03Proto.CreateTaskPushNotificationConfigRequest create = V03Protos.createRequest(config);
        assertEquals("tasks/t-1", create.getParent());
        assertEquals("tasks/t-1/pushNotificationConfigs/c-1", create.getConfig().getName());
        assertEquals(config, V03ProtoRequests.fromV03(create));
        assertEquals(config, V03Protos.fromV03(create.getConfig()));
        V03Proto.CreateTaskPushNotificationConfigRequest withoutId = create.toBuilder().setConfigId("")
                .setConfig(create.getConfig().toBuilder().setPushNotificationConfig(
                        create.getConfig().getPushNotificationConfig().toBuilder().clearId())).build();
        assertEquals("t-1", V03ProtoRequests.fromV03(withoutId).getId(), "a config without id takes the task's");
        A2aException notAName = assertThrows(A2aException.class, () -> V03ProtoRequests.configIds("tasks/t-1"));
        assertEquals(A2aError.INVALID_PARAMS, notAName.error());
    }

    /** The card's security schemes cross by their wire form, so even 1.0-only flows come back whole. */
    @Test
    void theCardRoundTripsWithItsInterfaces() {
        AgentCard card = V03Samples.card();
        V03Proto.AgentCard v03 = V03Protos.toV03(card, "http://127.0.0.1:8080/a2a/v03/rest");
        assertEquals("HTTP+JSON", v03.getPreferredTransport(), "the main url's own transport");
        assertEquals(2, v03.getAdditionalInterfacesCount(), v03.getAdditionalInterfacesList().toString());
        assertEquals("authorization_code", v03.getSecuritySchemesOrThrow("oauth").getOauth2SecurityScheme().getFlows()
                .getFlowCase().name().toLowerCase());
        AgentCard back = V03Protos.fromV03(v03);
        assertEquals(card.getSecuritySchemesMap(), back.getSecuritySchemesMap());
        assertEquals(card.getSecurityRequirementsList(), back.getSecurityRequirementsList());
        assertEquals(card.getSkillsList(), back.getSkillsList());
        assertEquals(card.getCapabilities().getExtensionsList(), back.getCapabilities().getExtensionsList());
        assertEquals("0.3", back.getSupportedInterfaces(0).getProtocolVersion());
        assertEquals("http://127.0.0.1:8080/a2a/v03/rest", back.getSupportedInterfaces(0).getUrl());
    }
}
