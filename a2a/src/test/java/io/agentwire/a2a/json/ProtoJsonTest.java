package io.agentwire.a2a.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.TaskState;

class ProtoJsonTest {
    @Test
    void unknownFieldsAreSkippedForForwardCompatibility() {
        ListTasksRequest request = ProtoJson.parse("{\"contextId\":\"c1\",\"addedInVersion9\":{\"x\":1}}",
                ListTasksRequest.newBuilder()).build();
        assertEquals("c1", request.getContextId());
    }

    @Test
    void anUnknownEnumValueIsInvalidParamsRatherThanADroppedFilter() {
        A2aException e = assertThrows(A2aException.class,
                () -> ProtoJson.parse("{\"status\":\"TASK_STATE_DAYDREAMING\"}", ListTasksRequest.newBuilder()));
        assertEquals(A2aError.INVALID_PARAMS, e.error());
        assertTrue(e.getMessage().contains("TASK_STATE_DAYDREAMING"), e.getMessage());
    }

    @Test
    void enumNamesAndNumbersAreBothRead() {
        assertEquals(TaskState.TASK_STATE_WORKING,
                ProtoJson.parse("{\"status\":\"TASK_STATE_WORKING\"}", ListTasksRequest.newBuilder()).getStatus());
        assertEquals(TaskState.TASK_STATE_WORKING, ProtoJson.parse("{\"status\":"
                + TaskState.TASK_STATE_WORKING_VALUE + "}", ListTasksRequest.newBuilder()).getStatus());
    }

    @Test
    void fieldsTheCallerSetSurviveTheLenientRetry() {
        ListTasksRequest request = ProtoJson.parse("{\"contextId\":\"c2\",\"futureField\":true}",
                ListTasksRequest.newBuilder().setTenant("acme")).build();
        assertEquals("acme", request.getTenant());
        assertEquals("c2", request.getContextId());
    }
}
