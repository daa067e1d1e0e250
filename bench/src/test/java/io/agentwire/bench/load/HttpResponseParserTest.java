package io.agentwire.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.bench.load.JsonRpcResponseCheck.Outcome;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpResponseParserTest {

    private static final String RESULT_JSON = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[]}}";

    private final List<HttpResponse> responses = new ArrayList<>();
    private final HttpResponseParser parser = new HttpResponseParser(responses::add);

    @Test
    void jsonBodyWithContentLength() {
        feed("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nmcp-session-id: abc\r\nContent-Length: "
                + RESULT_JSON.length() + "\r\n\r\n" + RESULT_JSON);

        assertEquals(1, responses.size());
        HttpResponse r = responses.get(0);
        assertEquals(200, r.status());
        assertEquals("abc", r.sessionId());
        assertFalse(r.isEventStream());
        assertEquals(RESULT_JSON, new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(Outcome.RESULT, JsonRpcResponseCheck.classify(r));
    }

    @Test
    void chunkedSseCompletesOnlyAtTheTerminatingChunk() {
        String event = "event: message\ndata: " + RESULT_JSON + "\n\n";
        String wire = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(event.length()) + "\r\n" + event + "\r\n0\r\n\r\n";
        byte[] bytes = wire.getBytes(StandardCharsets.UTF_8);

        // One byte at a time: the response must not complete early, even after the event itself has arrived.
        for (int i = 0; i < bytes.length - 1; i++) {
            feedBytes(new byte[] {bytes[i]});
            assertTrue(responses.isEmpty(), "completed early at byte " + i);
        }
        feedBytes(new byte[] {bytes[bytes.length - 1]});

        assertEquals(1, responses.size());
        assertTrue(responses.get(0).isEventStream());
        assertEquals(event, new String(responses.get(0).body(), StandardCharsets.UTF_8));
        assertEquals(Outcome.RESULT, JsonRpcResponseCheck.classify(responses.get(0)));
    }

    @Test
    void sseBodySplitOverSeveralChunksIsReassembled() {
        String wire = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream;charset=UTF-8\r\n"
                + "transfer-encoding: chunked\r\n\r\n"
                + "5;ext=1\r\ndata:\r\n" + "3\r\n {\"\r\n"
                + Integer.toHexString(RESULT_JSON.length() - 2) + "\r\n" + RESULT_JSON.substring(2) + "\r\n"
                + "2\r\n\n\n\r\n0\r\nX-Trailer: t\r\n\r\n";
        feed(wire);

        assertEquals(1, responses.size());
        assertEquals("data: " + RESULT_JSON + "\n\n", new String(responses.get(0).body(), StandardCharsets.UTF_8));
        assertEquals(Outcome.RESULT, JsonRpcResponseCheck.classify(responses.get(0)));
    }

    @Test
    void severalResponsesInOneReadAreAllDelivered() {
        feed("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\n\r\n"
                + "HTTP/1.1 404 Not Found\r\nContent-Length: 3\r\nConnection: close\r\n\r\nnah");

        assertEquals(3, responses.size());
        assertEquals(Outcome.ACCEPTED, JsonRpcResponseCheck.classify(responses.get(0)));
        assertEquals(204, responses.get(1).status());
        assertEquals(Outcome.HTTP_ERROR, JsonRpcResponseCheck.classify(responses.get(2)));
        assertTrue(responses.get(2).connectionClose());
        assertFalse(responses.get(0).connectionClose());
    }

    @Test
    void interimResponseIsSkipped() {
        feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: " + RESULT_JSON.length() + "\r\n\r\n"
                + RESULT_JSON);

        assertEquals(1, responses.size());
        assertEquals(200, responses.get(0).status());
    }

    @Test
    void closeDelimitedBodyCompletesOnClose() {
        feed("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + RESULT_JSON);
        assertTrue(responses.isEmpty());

        assertFalse(parser.onClose(), "nothing left half-parsed");
        assertEquals(1, responses.size());
        assertTrue(responses.get(0).connectionClose());
        assertNull(responses.get(0).sessionId());
        assertEquals(Outcome.RESULT, JsonRpcResponseCheck.classify(responses.get(0)));
    }

    @Test
    void closeInTheMiddleOfAResponseIsReported() {
        feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");

        assertTrue(parser.onClose());
        assertTrue(responses.isEmpty());
    }

    @Test
    void jsonRpcErrorAndNonResponsesAreClassified() {
        assertEquals(Outcome.ERROR, classifyJson("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601}}"));
        assertEquals(Outcome.INVALID, classifyJson("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{}}"));
        assertEquals(Outcome.INVALID, classifyJson(""));
    }

    @Test
    void sseEventsFollowTheSseRules() {
        // A notification event only: no JSON-RPC response arrived.
        assertEquals(Outcome.INVALID, classifySse("event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"ping\"}\n\n"));
        // The response may come after notifications, with CRLF line ends and data split over lines.
        assertEquals(Outcome.RESULT, classifySse(": comment\r\n"
                + "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\"}\r\n\r\n"
                + "id: 7\r\ndata: {\"jsonrpc\":\"2.0\",\r\ndata: \"id\":1,\"result\":{}}\r\n\r\n"));
        // An event without its terminating blank line is not dispatched.
        assertEquals(Outcome.INVALID, classifySse("data: " + RESULT_JSON + "\n"));
        // "datum:" is not the data field.
        assertEquals(Outcome.INVALID, classifySse("datum: " + RESULT_JSON + "\n\n"));
    }

    private Outcome classifyJson(String body) {
        return JsonRpcResponseCheck.classify(new HttpResponse(200, "application/json", null, false,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private Outcome classifySse(String body) {
        return JsonRpcResponseCheck.classify(new HttpResponse(200, "text/event-stream", null, false,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private void feed(String wire) {
        feedBytes(wire.getBytes(StandardCharsets.UTF_8));
    }

    private void feedBytes(byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        try {
            parser.feed(buf);
            assertFalse(buf.isReadable(), "parser must consume everything it is given");
        } finally {
            buf.release();
        }
    }
}
