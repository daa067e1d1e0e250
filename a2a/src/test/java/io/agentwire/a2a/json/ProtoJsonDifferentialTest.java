package io.agentwire.a2a.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Empty;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.A2aProto;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Task;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our codec against protobuf-java-util's JsonFormat on random messages of every type in the model: identical bytes
 * out, and the same message back from our output, from snake_case names and from enum numbers.
 */
class ProtoJsonDifferentialTest {
    static final int SAMPLES = 300;
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final JsonFormat.Printer SNAKE_CASE_ENUM_NUMBERS = JsonFormat.printer()
            .preservingProtoFieldNames().printingEnumsAsInts().omittingInsignificantWhitespace();

    static Stream<Message> types() {
        List<Message> types = new ArrayList<>();
        for (Descriptor type : A2aProto.getDescriptor().getMessageTypes()) {
            types.add(defaultInstance(type));
        }
        types.addAll(List.of(Struct.getDefaultInstance(), Value.getDefaultInstance(), ListValue.getDefaultInstance(),
                Timestamp.getDefaultInstance(), Empty.getDefaultInstance()));
        return types.stream();
    }

    @Test
    void everyModelTypeIsCovered() {
        assertEquals(A2aProto.getDescriptor().getMessageTypes().size() + 5, types().count());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("typeNames")
    void printsWhatJsonFormatPrintsAndReadsItBack(String typeName) throws Exception {
        Message prototype = types().filter(t -> t.getDescriptorForType().getFullName().equals(typeName)).findFirst().orElseThrow();
        RandomMessages random = new RandomMessages(typeName.hashCode());
        for (int sample = 0; sample < SAMPLES; sample++) {
            int i = sample;
            Message message = random.message(prototype.newBuilderForType());
            byte[] expected = JsonFormatOracle.print(message);
            byte[] actual = ProtoJson.printBytes(message);
            String json = new String(expected, StandardCharsets.UTF_8);
            assertArrayEquals(expected, actual, () -> "sample " + i + " of " + typeName + "\nexpected " + json
                    + "\nactual   " + new String(actual, StandardCharsets.UTF_8));
            assertEquals(message, ProtoJson.parse(actual, prototype.newBuilderForType()).build(), json);
            assertEquals(message, ProtoJson.parse(TREES.readTree(actual), prototype.newBuilderForType()).build(), json);
            String snake = SNAKE_CASE_ENUM_NUMBERS.print(message);
            assertEquals(message, ProtoJson.parse(snake, prototype.newBuilderForType()).build(), snake);
        }
    }

    static Stream<String> typeNames() {
        return types().map(t -> t.getDescriptorForType().getFullName());
    }

    @Test
    void theSamplesReachTheInterestingCases() {
        RandomMessages random = new RandomMessages(7);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < SAMPLES; i++) {
            all.append(ProtoJson.print(random.message(Task.newBuilder())));
            all.append(ProtoJson.print(random.message(AgentCard.newBuilder())));
        }
        for (String marker : List.of("\\u003c", "\\u2028", "\\u0000", "\\n", "😀", "中", "\"metadata\":{\"",
                "\"data\":{", "\"raw\":\"", "Z\"", "\"securitySchemes\":{\"", "\"history\":[{", "\"state\":4",
                "\"scopes\":{\"", "\"skills\":[]", "E-", "E2", "-0.0", "null", "\"parts\":[]", "\"id\":\"\"")) {
            assertTrue(all.indexOf(marker) >= 0, marker);
        }
    }

    @Test
    void aLoneSurrogateIsWrittenAsTheQuestionMarkUtf8EncodingGaveIt() throws Exception {
        Part part = Part.newBuilder().setText("a\ud800b\udc00c\ud83d").build();
        assertArrayEquals(JsonFormatOracle.print(part), ProtoJson.printBytes(part));
    }

    @Test
    void aValueWithoutKindPrintsAsNull() throws Exception {
        Part part = Part.newBuilder().setData(Value.getDefaultInstance()).build();
        assertArrayEquals(JsonFormatOracle.print(part), ProtoJson.printBytes(part));
    }

    @Test
    void nanInAStructIsRefusedLikeJsonFormatDoes() {
        Struct struct = Struct.newBuilder().putFields("x", Value.newBuilder().setNumberValue(Double.NaN).build()).build();
        assertThrows(IllegalArgumentException.class, () -> JsonFormatOracle.print(struct));
        assertThrows(IllegalArgumentException.class, () -> ProtoJson.printBytes(struct));
    }

    @Test
    void deepNestingIsInvalidParamsNotAStackOverflow() {
        for (String json : List.of(nested("{\"data\":", "}", 5000, "1"), nested("{\"metadata\":{\"a\":", "}}", 5000, "1"),
                nested("[", "]", 5000, "1"), "{\"unknown\":" + nested("[", "]", 5000, "1") + "}")) {
            A2aException e = assertThrows(A2aException.class, () -> ProtoJson.parse(json, Part.newBuilder()));
            assertEquals(A2aError.INVALID_PARAMS, e.error());
        }
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String json = "{\"data\":" + nested("[", "]", 90, "1") + "}";
        assertEquals(Part.ContentCase.DATA, ProtoJson.parse(json, Part.newBuilder()).getContentCase());
    }

    private static String nested(String open, String close, int depth, String inner) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    private static Message defaultInstance(Descriptor type) {
        try {
            Class<?> generated = Class.forName(A2aProto.class.getPackageName() + "." + type.getName());
            return (Message) generated.getMethod("getDefaultInstance").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
