package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.ControlTypes;
import io.agentwire.aonp.codec.FrameDecoder;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.smip.wire.SmipMessage;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;
import io.netty.buffer.Unpooled;

/** The test vectors of spec/aonp/smip.md: one per SMIP frame type, each round-tripping byte for byte. */
class SmipVectorsTest {
    private static final Path SPEC = Path.of("..", "spec", "aonp", "smip.md");

    static {
        SmipFrames.init();
    }

    /** name → [type line value, hex] of each vector block in the spec. */
    static Map<String, String[]> vectors() throws IOException {
        Map<String, String[]> vectors = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(SPEC);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("~~~ vector smip/")) {
                continue;
            }
            String name = line.substring("~~~ vector smip/".length()).trim();
            String type = null;
            StringBuilder hex = new StringBuilder();
            boolean inHex = false;
            for (i++; !lines.get(i).startsWith("~~~"); i++) {
                String field = lines.get(i);
                if (field.startsWith("type: ")) {
                    type = field.substring(6).trim();
                } else if (field.startsWith("hex: ")) {
                    hex.append(field.substring(5));
                    inHex = true;
                } else if (inHex && field.startsWith("  ")) {
                    hex.append(' ').append(field.trim());
                } else {
                    inHex = false;
                }
            }
            vectors.put(name, new String[] {type, hex.toString().replace(" ", "")});
        }
        return vectors;
    }

    @Test
    void everySmipFrameTypeHasAVectorThatRoundTrips() throws IOException {
        Map<String, String[]> vectors = vectors();
        assertEquals(13, vectors.size(), "one vector per frame type 0x20-0x2C");
        for (Map.Entry<String, String[]> vector : vectors.entrySet()) {
            byte[] bytes = HexFormat.of().parseHex(vector.getValue()[1]);
            Frame frame = FrameDecoder.decodeOne(Unpooled.wrappedBuffer(bytes), 1 << 20);
            try {
                assertNotNull(frame, vector.getKey() + " is a whole frame");
                assertEquals(Long.decode(vector.getValue()[0]), frame.type(), vector.getKey());
                assertEquals(vector.getKey(), FrameTypes.name(frame.type()));
                Class<?> record = ControlTypes.recordOf(frame.type()).orElseThrow();
                Object message = ControlCodec.decode(frame.payload(), record);
                ((SmipMessage) message).check();
                assertArrayEquals(bytes, SmipVectors.frameBytes(frame.type(), message), vector.getKey());
            } finally {
                frame.release();
            }
        }
    }

    @Test
    void theSpecShowsWhatTheEncoderWritesForTheSamples() throws IOException {
        Map<String, String[]> vectors = vectors();
        SmipVectors.samples().forEach((type, message) -> {
            String[] vector = vectors.get(FrameTypes.name(type));
            assertNotNull(vector, FrameTypes.name(type));
            assertEquals(HexFormat.of().formatHex(SmipVectors.frameBytes(type, message)), vector[1]);
        });
        assertTrue(Files.readString(SPEC).contains(SmipVectors.block(SmipFrames.ACK,
                SmipVectors.samples().get(SmipFrames.ACK))));
    }
}
