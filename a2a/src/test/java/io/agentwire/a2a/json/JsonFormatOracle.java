package io.agentwire.a2a.json;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;

/** What ProtoJson was before its own codec: protobuf-java-util's JsonFormat, kept as the reference to compare with. */
final class JsonFormatOracle {
    static final JsonFormat.Printer PRINTER = JsonFormat.printer()
            .includingDefaultValueFields(RequiredFields.all())
            .omittingInsignificantWhitespace();
    private static final JsonFormat.Parser STRICT = JsonFormat.parser();
    private static final JsonFormat.Parser LENIENT = JsonFormat.parser().ignoringUnknownFields();

    private JsonFormatOracle() {
    }

    static byte[] print(MessageOrBuilder message) throws InvalidProtocolBufferException {
        return PRINTER.print(message).getBytes(StandardCharsets.UTF_8);
    }

    /** The former parse: strict first, lenient only when the strict parser met an unknown field. */
    static Message parse(String json, Message.Builder builder) throws InvalidProtocolBufferException {
        try {
            STRICT.merge(json, builder);
        } catch (InvalidProtocolBufferException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("Cannot find field")) {
                throw e;
            }
            builder.clear();
            LENIENT.merge(json, builder);
        }
        return builder.build();
    }
}
