package io.agentwire.a2a.json;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON form of the A2A 1.0 model (ProtoJSON, specification section 5.5): camelCase names out and both camelCase
 * and snake_case in, enum names out and names or numbers in, {@code optional} presence kept, default values left out
 * except for REQUIRED fields ({@link RequiredFields}), unknown fields ignored as section 5.7 asks.
 */
public final class ProtoJson {
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer()
            .includingDefaultValueFields(RequiredFields.all())
            .omittingInsignificantWhitespace();
    private static final JsonFormat.Parser STRICT = JsonFormat.parser();
    private static final JsonFormat.Parser LENIENT = JsonFormat.parser().ignoringUnknownFields();

    private ProtoJson() {
    }

    public static String print(Message message) {
        try {
            return PRINTER.print(message);
        } catch (InvalidProtocolBufferException e) {
            // Only Any with an unknown type can fail to print, and the model has none.
            throw new IllegalStateException("Cannot print " + message.getDescriptorForType().getName(), e);
        }
    }

    public static byte[] printBytes(Message message) {
        return print(message).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads {@code json} into {@code builder} and returns it; malformed JSON, wrong types and unknown enum names end
     * in {@link A2aError#INVALID_PARAMS} naming what was wrong.
     */
    public static <B extends Message.Builder> B parse(String json, B builder) {
        try {
            mergeStrictEnums(json, builder);
            return builder;
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new A2aException(A2aError.INVALID_PARAMS, "Invalid " + builder.getDescriptorForType().getName()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unknown fields are skipped, as newer peers add fields, but an unknown enum value is an error: protobuf's lenient
     * parser would drop it silently, and a dropped {@code status} filter turns into no filter at all. So the strict
     * parser goes first (the common case costs one parse) and the lenient one only runs for input with unknown
     * fields, where an unknown enum value beside them cannot be told apart.
     */
    private static void mergeStrictEnums(String json, Message.Builder builder) throws InvalidProtocolBufferException {
        // A failed strict merge may leave the builder half-filled; keep what the caller had set (route parameters).
        Message before = builder.getAllFields().isEmpty() ? null : builder.buildPartial();
        try {
            STRICT.merge(json, builder);
        } catch (InvalidProtocolBufferException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("Cannot find field")) {
                throw e;
            }
            builder.clear();
            if (before != null) {
                builder.mergeFrom(before);
            }
            LENIENT.merge(json, builder);
        }
    }

    public static <B extends Message.Builder> B parse(byte[] json, B builder) {
        return parse(new String(json, StandardCharsets.UTF_8), builder);
    }
}
