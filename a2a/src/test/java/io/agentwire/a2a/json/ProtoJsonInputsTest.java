package io.agentwire.a2a.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import com.google.protobuf.Message;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AuthorizationCodeOAuthFlow;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.Task;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written input, good and bad, read by our codec and by JsonFormat: the same message, or both refusing (ours as
 * INVALID_PARAMS). The few deliberate differences are pinned down at the end.
 */
class ProtoJsonInputsTest {
    static Stream<Arguments> inputs() {
        return Stream.of(
                in(ListTasksRequest.getDefaultInstance(), "{}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":\"c1\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"context_id\":\"c1\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":\"c1\",\"context_id\":\"c2\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":null}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":5}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":true}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":{}}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":[]}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":\"\\u003c\\ud83d\\ude00\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"status\":\"TASK_STATE_WORKING\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"status\":2}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"status\":\"2\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"status\":99}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"status\":\"TASK_STATE_DAYDREAMING\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"status\":true}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"status\":null}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"status\":\"TASK_STATE_WORKING\",\"bogus\":1}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":5}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":\"5\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":5.0}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":1e1}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":5.5}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":2147483648}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":-2147483648}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":true}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":\"five\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":0}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"pageSize\":null}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"includeArtifacts\":true}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"includeArtifacts\":\"false\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"includeArtifacts\":1}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"statusTimestampAfter\":\"2024-01-01T00:00:00Z\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"statusTimestampAfter\":\"2024-01-01T00:00:00.120+01:30\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"statusTimestampAfter\":\"2024-01-01T00:00:00.123456789Z\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"statusTimestampAfter\":\"yesterday\"}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"statusTimestampAfter\":1700000000}"),
                in(ListTasksRequest.getDefaultInstance(), "{\"unknown\":{\"deep\":[1,2,{\"x\":null}]},\"contextId\":\"a\"}"),
                in(ListTasksRequest.getDefaultInstance(), "[]"),
                in(ListTasksRequest.getDefaultInstance(), "\"text\""),
                in(ListTasksRequest.getDefaultInstance(), "{\"contextId\":"),
                in(Part.getDefaultInstance(), "{\"text\":\"a\",\"url\":\"b\"}"),
                in(Part.getDefaultInstance(), "{\"text\":null,\"url\":\"u\"}"),
                in(Part.getDefaultInstance(), "{\"raw\":\"aGVsbG8=\"}"),
                in(Part.getDefaultInstance(), "{\"raw\":\"aGVsbG8\"}"),
                in(Part.getDefaultInstance(), "{\"raw\":\"_-8=\"}"),
                in(Part.getDefaultInstance(), "{\"raw\":\"+/8\"}"),
                in(Part.getDefaultInstance(), "{\"raw\":\"!!\"}"),
                in(Part.getDefaultInstance(), "{\"data\":null}"),
                in(Part.getDefaultInstance(), "{\"data\":{\"a\":[1,\"x\",null,true,{\"b\":2.5}],\"c\":-0.0,\"d\":1e400}}"),
                in(Part.getDefaultInstance(), "{\"data\":\"just text\"}"),
                in(Part.getDefaultInstance(), "{\"metadata\":{\"k\":1,\"k\":2}}"),
                in(Part.getDefaultInstance(), "{\"metadata\":null}"),
                in(Part.getDefaultInstance(), "{\"metadata\":[]}"),
                in(Part.getDefaultInstance(), "{\"mediaType\":\"text/plain\",\"media_type\":\"x\"}"),
                in(SendMessageRequest.getDefaultInstance(), "{\"message\":{\"messageId\":\"m\",\"role\":\"ROLE_USER\","
                        + "\"parts\":[{\"text\":\"hi\"}]},\"configuration\":{\"historyLength\":0,\"returnImmediately\":true}}"),
                in(SendMessageRequest.getDefaultInstance(), "{\"message\":{\"parts\":null}}"),
                in(SendMessageRequest.getDefaultInstance(), "{\"message\":{\"parts\":[null]}}"),
                in(SendMessageRequest.getDefaultInstance(), "{\"message\":{\"parts\":{}}}"),
                in(SendMessageRequest.getDefaultInstance(), "{\"message\":{\"extensions\":\"x\"}}"),
                in(SendMessageRequest.getDefaultInstance(), "{\"message\":{\"extensions\":[\"a\",5]}}"),
                in(SendMessageRequest.getDefaultInstance(), "{\"message\":null}"),
                in(SendMessageRequest.getDefaultInstance(), "{\"message\":\"m\"}"),
                in(SendMessageConfiguration.getDefaultInstance(), "{\"history_length\":0}"),
                in(AgentCard.getDefaultInstance(), "{\"securitySchemes\":{\"k\":{\"apiKeySecurityScheme\":{\"name\":\"n\"}}}}"),
                in(AgentCard.getDefaultInstance(), "{\"security_schemes\":{\"k\":{}}}"),
                in(AgentCard.getDefaultInstance(), "{\"securitySchemes\":{\"k\":null}}"),
                in(AgentCard.getDefaultInstance(), "{\"securitySchemes\":[]}"),
                in(AgentCard.getDefaultInstance(), "{\"documentationUrl\":\"\"}"),
                in(AuthorizationCodeOAuthFlow.getDefaultInstance(), "{\"scopes\":{\"a\":\"b\",\"c\":1}}"),
                in(Task.getDefaultInstance(), "{\"id\":\"t\",\"status\":{\"state\":\"TASK_STATE_COMPLETED\","
                        + "\"timestamp\":\"1970-01-01T00:00:00Z\"},\"metadata\":{}}"),
                in(Empty.getDefaultInstance(), "{}"),
                in(Empty.getDefaultInstance(), "{\"x\":1}"));
    }

    private static Arguments in(Message prototype, String json) {
        return Arguments.of(prototype.getDescriptorForType().getName(), json, prototype);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("inputs")
    void readsAsJsonFormatDid(String type, String json, Message prototype) {
        Message expected;
        try {
            expected = JsonFormatOracle.parse(json, prototype.newBuilderForType());
        } catch (Exception refused) {
            A2aException e = assertThrows(A2aException.class, () -> ProtoJson.parse(json, prototype.newBuilderForType()),
                    () -> "JsonFormat refused it: " + refused);
            assertEquals(A2aError.INVALID_PARAMS, e.error());
            return;
        }
        assertEquals(expected, ProtoJson.parse(json, prototype.newBuilderForType()).build());
    }

    @Test
    void anUnknownEnumNameBesideAnUnknownFieldIsNowRefusedToo() {
        // JsonFormat's lenient retry dropped the value silently; a dropped filter would widen a listing.
        A2aException e = assertThrows(A2aException.class, () -> ProtoJson.parse(
                "{\"status\":\"TASK_STATE_DAYDREAMING\",\"bogus\":1}", ListTasksRequest.newBuilder()));
        assertTrue(e.getMessage().contains("TASK_STATE_DAYDREAMING"), e.getMessage());
    }

    @Test
    void aSingleElementArrayIsNotTakenForItsElement() {
        // Gson read ["x"] as "x" for a string field; that was an accident of its API, not ProtoJSON.
        assertThrows(A2aException.class, () -> ProtoJson.parse("{\"contextId\":[\"x\"]}", ListTasksRequest.newBuilder()));
    }

    @Test
    void lenientJsonSyntaxIsRefused() {
        // Gson's reader accepted single quotes, comments and bare words; the body must be JSON.
        assertThrows(A2aException.class, () -> ProtoJson.parse("{'contextId':'x'}", ListTasksRequest.newBuilder()));
        assertThrows(A2aException.class, () -> ProtoJson.parse("{\"contextId\":x}", ListTasksRequest.newBuilder()));
    }
}
