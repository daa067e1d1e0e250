package io.agentwire.jsonrpc.transport.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SseEncoderTest {
    @Test
    void writesAllFieldsAndTerminatesWithBlankLine() {
        assertEquals("id: 7\nevent: message\nretry: 1500\ndata: {\"a\":1}\n\n",
                SseEncoder.encode(new SseEvent("7", "message", "{\"a\":1}", 1500L)));
    }

    @Test
    void splitsDataOnEveryKindOfLineBreak() {
        assertEquals("data: a\ndata: b\ndata: c\ndata: d\ndata:\n\n",
                SseEncoder.encode(SseEvent.message("a\nb\r\nc\rd\n")));
    }

    @Test
    void emptyDataBecomesOneEmptyDataLineSoPrimingEventsAreDispatched() {
        assertEquals("id: 0\ndata:\n\n", SseEncoder.encode(new SseEvent("0", null, "", null)));
        assertEquals("data:\n\n", SseEncoder.encode(new SseEvent(null, null, null, null)));
    }

    @Test
    void keepsLeadingSpaceOfData() {
        RecordingListener listener = new RecordingListener();
        new SseDecoder(listener).feed(SseEncoder.encodeBytes(SseEvent.message("  two spaces")));
        assertEquals("  two spaces", listener.events.get(0).data());
    }

    @Test
    void commentsArePrefixedPerLine() {
        assertEquals(": keep-alive\n:\n: x\n", new String(SseEncoder.comment("keep-alive\n\nx"), StandardCharsets.UTF_8));
    }

    @Test
    void rejectsFieldsThatWouldBreakFraming() {
        assertThrows(IllegalArgumentException.class, () -> SseEncoder.encodeBytes(new SseEvent("a\nb", null, "x", null)));
        assertThrows(IllegalArgumentException.class, () -> SseEncoder.encodeBytes(new SseEvent(null, "a\rb", "x", null)));
        assertThrows(IllegalArgumentException.class, () -> SseEncoder.encodeBytes(new SseEvent("a\0b", null, "x", null)));
        assertThrows(IllegalArgumentException.class, () -> SseEncoder.encodeBytes(new SseEvent(null, null, "x", -1L)));
    }
}
