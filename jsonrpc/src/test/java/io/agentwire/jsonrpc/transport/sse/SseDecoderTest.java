package io.agentwire.jsonrpc.transport.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SseDecoderTest {
    private static List<SseEvent> decode(String stream) {
        RecordingListener listener = new RecordingListener();
        SseDecoder decoder = new SseDecoder(listener);
        decoder.feed(stream.getBytes(StandardCharsets.UTF_8));
        return listener.events;
    }

    /** Feeds the stream in two pieces cut at every possible byte and expects the same events each time. */
    private static void assertSameAtEverySplit(byte[] stream, List<SseEvent> expected) {
        for (int cut = 0; cut <= stream.length; cut++) {
            RecordingListener listener = new RecordingListener();
            SseDecoder decoder = new SseDecoder(listener);
            decoder.feed(stream, 0, cut);
            decoder.feed(ByteBuffer.wrap(stream, cut, stream.length - cut));
            assertEquals(expected, listener.events, "split at byte " + cut);
        }
        RecordingListener oneByOne = new RecordingListener();
        SseDecoder decoder = new SseDecoder(oneByOne);
        for (byte b : stream) {
            decoder.feed(new byte[] {b});
        }
        assertEquals(expected, oneByOne.events, "byte by byte");
    }

    @Test
    void decodesSimpleEvents() {
        assertEquals(List.of(SseEvent.message("hello"), new SseEvent(null, "ping", "x", null)),
                decode("data: hello\n\nevent: ping\ndata: x\n\n"));
    }

    @Test
    void acceptsLfCrAndCrlfLineEndingsAtEverySplit() {
        String stream = "data: a\r\ndata: b\rdata: c\n\r\nid: 1\rdata:\r\r"
                + "event: e\ndata: \u00e9\u20ac\ud83d\ude00\r\n\r\n";
        List<SseEvent> expected = List.of(
                new SseEvent(null, null, "a\nb\nc", null),
                new SseEvent("1", null, "", null),
                new SseEvent("1", "e", "\u00e9\u20ac\ud83d\ude00", null));
        assertEquals(expected, decode(stream));
        assertSameAtEverySplit(stream.getBytes(StandardCharsets.UTF_8), expected);
    }

    @Test
    void crAtChunkBoundaryFollowedByLfIsOneLineEnding() {
        RecordingListener listener = new RecordingListener();
        SseDecoder decoder = new SseDecoder(listener);
        decoder.feed("data: a\r".getBytes(StandardCharsets.UTF_8));
        decoder.feed("\n\r".getBytes(StandardCharsets.UTF_8));
        decoder.feed("\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(SseEvent.message("a")), listener.events);
    }

    @Test
    void stripsLeadingBomOnlyOnceEvenWhenSplit() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "data: x\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] stream = new byte[bom.length * 2 + body.length];
        System.arraycopy(bom, 0, stream, 0, 3);
        System.arraycopy(body, 0, stream, 3, body.length);
        assertSameAtEverySplit(java.util.Arrays.copyOf(stream, 3 + body.length), List.of(SseEvent.message("x")));
        // A second BOM is part of the field name, making it unknown: nothing is dispatched.
        System.arraycopy(bom, 0, stream, 3, 3);
        System.arraycopy(body, 0, stream, 6, body.length);
        assertSameAtEverySplit(stream, List.of());
    }

    @Test
    void stripsExactlyOneSpaceAfterColon() {
        assertEquals(List.of(SseEvent.message(" x"), SseEvent.message("y")), decode("data:  x\n\ndata:y\n\n"));
    }

    @Test
    void lineWithoutColonIsFieldWithEmptyValue() {
        assertEquals(List.of(SseEvent.message("\n")), decode("data\ndata\n\n"));
        assertEquals(List.of(SseEvent.message("")), decode("data\n\n"));
    }

    @Test
    void ignoresCommentsButReportsThem() {
        RecordingListener listener = new RecordingListener();
        new SseDecoder(listener).feed(": keep-alive\n:\ndata: x\n: inside\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(SseEvent.message("x")), listener.events);
        assertEquals(List.of("keep-alive", "", "inside"), listener.comments);
    }

    @Test
    void eventWithoutDataIsNotDispatchedButUpdatesIdAndRetry() {
        RecordingListener listener = new RecordingListener();
        SseDecoder decoder = new SseDecoder(listener);
        decoder.feed("id: 42\nretry: 3000\nevent: nothing\n\ndata: later\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new SseEvent("42", null, "later", null)), listener.events);
        assertEquals(List.of(3000L), listener.retries);
        assertEquals("42", decoder.lastEventId());
        assertEquals(3000L, decoder.reconnectionTimeMillis());
    }

    @Test
    void lastEventIdPersistsAndCanBeReset() {
        assertEquals(List.of(new SseEvent("1", null, "a", null), new SseEvent("1", null, "b", null),
                        new SseEvent(null, null, "c", null)),
                decode("id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n"));
    }

    @Test
    void idWithNulIsIgnored() {
        assertEquals(List.of(new SseEvent("ok", null, "x", null)), decode("id: ok\n\nid: a\0b\ndata: x\n\n"));
    }

    @Test
    void retryMustBeAsciiDigits() {
        RecordingListener listener = new RecordingListener();
        new SseDecoder(listener).feed(("retry: 12a\nretry: -5\nretry:\nretry: 1 0\nretry: \u0661\nretry: 99999999999999999999\n"
                + "retry: 250\ndata: x\n\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(250L), listener.retries);
        assertEquals(List.of(new SseEvent(null, null, "x", 250L)), listener.events);
    }

    @Test
    void unknownFieldsAreIgnoredAndTypeResetsAfterDispatch() {
        assertEquals(List.of(new SseEvent(null, "t", "1", null), SseEvent.message("2")),
                decode("foo: bar\nevent: t\ndata: 1\n\ndata: 2\n\n"));
    }

    @Test
    void unterminatedEventAtEndOfStreamIsDiscarded() {
        RecordingListener listener = new RecordingListener();
        SseDecoder decoder = new SseDecoder(listener);
        decoder.feed("data: complete\n\ndata: partial\n".getBytes(StandardCharsets.UTF_8));
        decoder.end();
        assertEquals(List.of(SseEvent.message("complete")), listener.events);
    }

    @Test
    void invalidUtf8BecomesReplacementCharacter() {
        RecordingListener listener = new RecordingListener();
        new SseDecoder(listener).feed(new byte[] {'d', 'a', 't', 'a', ':', (byte) 0xC3, '\n', '\n'});
        assertEquals("\uFFFD", listener.events.get(0).data());
    }

    @Test
    void eventLargerThanLimitFailsClearlyAndDecoderStaysFailed() {
        SseDecoder decoder = new SseDecoder(new RecordingListener(), 64);
        byte[] line = ("data: " + "x".repeat(40) + "\n").getBytes(StandardCharsets.UTF_8);
        decoder.feed(line);
        SseEventTooLargeException e = assertThrows(SseEventTooLargeException.class, () -> decoder.feed(line));
        assertEquals(64, e.limit());
        assertTrue(e.getMessage().contains("64"));
        assertThrows(SseDecodingException.class, () -> decoder.feed(new byte[] {'\n'}));
    }

    @Test
    void limitAppliesPerEventNotPerStream() {
        RecordingListener listener = new RecordingListener();
        SseDecoder decoder = new SseDecoder(listener, 64);
        for (int i = 0; i < 100; i++) {
            decoder.feed(("data: " + "y".repeat(40) + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(100, listener.events.size());
    }

    @Test
    void encoderOutputRoundTripsAtEverySplit() {
        List<SseEvent> events = List.of(
                new SseEvent("1", "message", "{\"jsonrpc\":\"2.0\",\"id\":1}", null),
                new SseEvent("2", null, "", 5000L),
                new SseEvent("3", "multi", "line one\nline two\n\nline four", null),
                new SseEvent("4", null, " leading space and trailing\n", null));
        StringBuilder stream = new StringBuilder();
        events.forEach(e -> stream.append(SseEncoder.encode(e)));
        stream.append(new String(SseEncoder.comment("keep-alive"), StandardCharsets.UTF_8));
        assertSameAtEverySplit(stream.toString().getBytes(StandardCharsets.UTF_8), events);
    }
}
