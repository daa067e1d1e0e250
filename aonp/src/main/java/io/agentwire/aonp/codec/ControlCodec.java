package io.agentwire.aonp.codec;

import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * Control messages as CBOR maps with text keys (spec/aonp/framing.md "Control payloads").
 *
 * <p>Messages are Java records whose component order is the CDDL's key order. They are written through a tree
 * because Jackson writes a tree's maps with definite lengths (the spec's preferred encoding) while it streams a
 * record's map with an indefinite length. Absent optional fields are omitted; unknown keys are ignored on input.
 */
public final class ControlCodec {
    private static final CBORMapper MAPPER = CBORMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ControlCodec() {
    }

    /** The CBOR bytes of {@code message}. */
    public static byte[] encode(Object message) {
        JsonNode tree = MAPPER.valueToTree(message);
        return MAPPER.writeValueAsBytes(tree);
    }

    /** A frame of {@code type} carrying {@code message}. */
    public static Frame frame(long type, Object message) {
        return new Frame(type, Unpooled.wrappedBuffer(encode(message)));
    }

    /** Reads the payload of a control frame as {@code type}; malformed CBOR is a FRAME_ENCODING_ERROR. */
    public static <T> T decode(ByteBuf payload, Class<T> type) {
        T value;
        try {
            value = MAPPER.readValue(ByteBufUtil.getBytes(payload), type);
        } catch (JacksonException e) {
            throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR,
                    "malformed " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
        if (value == null) {
            throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR, "empty " + type.getSimpleName());
        }
        return value;
    }

    /** Reads any control payload as a generic tree (for payloads of protocols this node does not implement). */
    public static JsonNode decodeTree(byte[] cbor) {
        try {
            return MAPPER.readTree(cbor);
        } catch (JacksonException e) {
            throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR, "malformed CBOR: " + e.getOriginalMessage());
        }
    }

    /** Writes a tree back to CBOR with definite lengths, in the tree's key order. */
    public static byte[] encodeTree(JsonNode tree) {
        return MAPPER.writeValueAsBytes(tree);
    }

    /** The shared mapper, for codecs that read fields beyond a record (such as binary frame metadata maps). */
    public static CBORMapper mapper() {
        return MAPPER;
    }
}
