package io.agentwire.aonp.smip;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.FrameEncoder;
import io.agentwire.aonp.smip.wire.Ack;
import io.agentwire.aonp.smip.wire.Cancel;
import io.agentwire.aonp.smip.wire.Heartbeat;
import io.agentwire.aonp.smip.wire.Input;
import io.agentwire.aonp.smip.wire.InputRequired;
import io.agentwire.aonp.smip.wire.InvocationError;
import io.agentwire.aonp.smip.wire.Invoke;
import io.agentwire.aonp.smip.wire.PayloadRef;
import io.agentwire.aonp.smip.wire.Progress;
import io.agentwire.aonp.smip.wire.Result;
import io.agentwire.aonp.smip.wire.SessionAccept;
import io.agentwire.aonp.smip.wire.SessionClose;
import io.agentwire.aonp.smip.wire.SessionOpen;
import io.agentwire.aonp.smip.wire.SessionReject;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.smip.wire.SmipMessage;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import tools.jackson.databind.JsonNode;

/**
 * The sample message of every SMIP frame type whose encoding spec/aonp/smip.md shows as a test vector, and the
 * printer that produced those vector blocks ({@code main} prints them all).
 */
final class SmipVectors {
    static final byte[] SESSION = HexFormat.of().parseHex("5f0c2ab89e41d07736a1c4e2f09b8d13");
    /** The grant id of a2p.md's TOKEN_GRANT vector. */
    static final byte[] GRANT = HexFormat.of().parseHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");

    static {
        SmipFrames.init();
    }

    private SmipVectors() {
    }

    static Map<Long, SmipMessage> samples() {
        byte[] a2a = utf8("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"SendMessage\",\"params\":{\"message\":{"
                + "\"messageId\":\"m1\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"hi\"}]}}}");
        Map<Long, SmipMessage> samples = new LinkedHashMap<>();
        samples.put(SmipFrames.SESSION_OPEN, new SessionOpen(null, null, "example.com/travel/booking", 256L,
                5_000L, 60_000L, GRANT));
        samples.put(SmipFrames.SESSION_ACCEPT, new SessionAccept(SESSION, true, 42L, 256L, 1_024L, 5_000L, 60_000L));
        samples.put(SmipFrames.SESSION_REJECT, new SessionReject(0x202L, "resume lifetime over"));
        samples.put(SmipFrames.SESSION_CLOSE, new SessionClose(0L, null));
        samples.put(SmipFrames.HEARTBEAT, new Heartbeat(42L));
        samples.put(SmipFrames.ACK, new Ack(43L));
        samples.put(SmipFrames.INVOKE, new Invoke(43L, 7L, "application/json", a2a, null, "a2a/SendMessage",
                GRANT));
        samples.put(SmipFrames.PROGRESS, new Progress(18L, 7L, "searching", 1L, 3L, null, null));
        samples.put(SmipFrames.INPUT_REQUIRED, new InputRequired(19L, 7L, InputRequired.INPUT, "text/plain",
                utf8("Which city?")));
        samples.put(SmipFrames.INPUT, new Input(44L, 7L, "text/plain", utf8("Paris"), null));
        samples.put(SmipFrames.RESULT, new Result(20L, 7L, "image/png", null, new PayloadRef(4L, 9L, 1_048_576L)));
        samples.put(SmipFrames.ERROR, new InvocationError(21L, 8L, InvocationError.CANCELED, 0x20AL,
                "canceled by client", null, null));
        samples.put(SmipFrames.CANCEL, new Cancel(45L, 8L, "user gave up"));
        return samples;
    }

    /** The whole frame (header and payload) as FrameEncoder writes it. */
    static byte[] frameBytes(long type, Object message) {
        Frame frame = ControlCodec.frame(type, message);
        ByteBuf whole = FrameEncoder.encodeToBuffer(UnpooledByteBufAllocator.DEFAULT, frame);
        try {
            return ByteBufUtil.getBytes(whole);
        } finally {
            whole.release();
            frame.release();
        }
    }

    /** A vector block in the format SpecVectorsTest reads. */
    static String block(long type, Object message) {
        String name = FrameTypes.name(type);
        String hex = spaced(frameBytes(type, message));
        StringBuilder out = new StringBuilder("~~~ vector smip/").append(name).append('\n')
                .append("type: 0x").append(Long.toHexString(type)).append('\n')
                .append("diag: ").append(diag(ControlCodec.decodeTree(ControlCodec.encode(message)))).append('\n')
                .append("hex: ");
        int column = 0;
        for (String octet : hex.split(" ")) {
            if (column == 32) {
                out.append("\n  ");
                column = 0;
            } else if (column > 0) {
                out.append(' ');
            }
            out.append(octet);
            column++;
        }
        return out.append("\n~~~\n").toString();
    }

    static String diag(JsonNode node) {
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append('"').append(field.getKey()).append("\": ").append(diag(field.getValue()));
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        if (node.isBinary()) {
            return "h'" + HexFormat.of().formatHex(node.binaryValue()) + "'";
        }
        if (node.isString()) {
            return '"' + node.stringValue().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return node.toString();
    }

    private static String spaced(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(String.format("%02x", b & 0xff));
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        samples().forEach((type, message) -> System.out.println(block(type, message)));
    }
}
