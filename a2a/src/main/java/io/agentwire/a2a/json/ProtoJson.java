package io.agentwire.a2a.json;

import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TreeNode;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * The JSON form of the A2A 1.0 model (ProtoJSON, specification section 5.5): camelCase names out and both camelCase
 * and snake_case in, enum names out and names or numbers in, {@code optional} presence kept, default values left out
 * except for REQUIRED fields ({@link RequiredFields}), unknown fields ignored as section 5.7 asks.
 *
 * <p>Output is byte for byte what protobuf-java-util's {@code JsonFormat} printed (compact, with the REQUIRED fields);
 * the codec itself walks the descriptors on Jackson's streaming API, which costs a fraction of JsonFormat's Gson tree
 * and reflection.
 */
public final class ProtoJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Deeper than ProtoJsonReader.MAX_DEPTH so that limit, with its clearer message, is the one met.
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(ProtoJsonReader.MAX_DEPTH * 2).build())
            // per-thread buffers: the codec runs on a few long-lived event-loop and worker threads
            .recyclerPool(JsonRecyclerPools.threadLocalPool())
            .build();

    private ProtoJson() {
    }

    public static String print(MessageOrBuilder message) {
        return new String(printBytes(message), StandardCharsets.UTF_8);
    }

    public static byte[] printBytes(MessageOrBuilder message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        writeTo(out, message);
        return out.toByteArray();
    }

    /** Appends the JSON of {@code message} to {@code out} (left open), e.g. inside an envelope written around it. */
    public static void writeTo(OutputStream out, MessageOrBuilder message) {
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            new ProtoJsonWriter(generator).message(message);
        }
    }

    /**
     * Reads {@code json} into {@code builder} and returns it; malformed JSON, wrong types and unknown enum names end
     * in {@link A2aError#INVALID_PARAMS} naming what was wrong. Unknown fields are skipped, as newer peers add fields,
     * but an unknown enum name is an error: dropping it silently would turn a {@code status} filter into no filter.
     */
    public static <B extends Message.Builder> B parse(String json, B builder) {
        return read(() -> FACTORY.createParser(ObjectReadContext.empty(), json), builder);
    }

    public static <B extends Message.Builder> B parse(byte[] json, B builder) {
        return read(() -> FACTORY.createParser(ObjectReadContext.empty(), json), builder);
    }

    /** Reads an already parsed tree (a JSON-RPC {@code params}) without printing it back to text first. */
    public static <B extends Message.Builder> B parse(TreeNode json, B builder) {
        return read(() -> json.traverse(ObjectReadContext.empty()), builder);
    }

    private interface ParserSource {
        JsonParser open();
    }

    private static <B extends Message.Builder> B read(ParserSource source, B builder) {
        try (JsonParser parser = source.open()) {
            if (parser.nextToken() == null) {
                throw new JsonInputException("no JSON value");
            }
            new ProtoJsonReader(parser).message(builder, 0);
            if (parser.nextToken() != null) {
                throw new JsonInputException("trailing content after the JSON value");
            }
            return builder;
        } catch (RuntimeException e) {
            throw new A2aException(A2aError.INVALID_PARAMS, "Invalid " + builder.getDescriptorForType().getName()
                    + ": " + e.getMessage(), e);
        }
    }
}
