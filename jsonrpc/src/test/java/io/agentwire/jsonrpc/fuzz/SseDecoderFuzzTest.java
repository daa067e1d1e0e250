package io.agentwire.jsonrpc.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.agentwire.jsonrpc.transport.sse.SseDecoder;
import io.agentwire.jsonrpc.transport.sse.SseDecodingException;
import io.agentwire.jsonrpc.transport.sse.SseEvent;

/**
 * The SSE decoder must accept any bytes cut into any chunks and throw nothing but {@link SseDecodingException};
 * every dispatched event must be well formed and within the size limit.
 */
class SseDecoderFuzzTest {
    private static final int LIMIT = 1024;

    @FuzzTest(maxDuration = "30s")
    void decode(FuzzedDataProvider data) {
        SseDecoder decoder = new SseDecoder(SseDecoderFuzzTest::check, LIMIT);
        try {
            while (data.remainingBytes() > 0) {
                int chunk = data.consumeInt(0, 64);
                decoder.feed(data.consumeBytes(chunk));
            }
            decoder.end();
        } catch (SseDecodingException expected) {
            // the only documented failure: an event over the limit
        }
        if (decoder.lastEventId().indexOf('\0') >= 0) {
            throw new IllegalStateException("an id with NUL must be ignored");
        }
    }

    private static void check(SseEvent event) {
        if (event.data() == null || event.data().length() > LIMIT) {
            throw new IllegalStateException("bad event " + event);
        }
        if (event.id() != null && (event.id().isEmpty() || event.id().indexOf('\n') >= 0 || event.id().indexOf('\r') >= 0)) {
            throw new IllegalStateException("bad id " + event);
        }
        if (event.event() != null && event.event().isEmpty()) {
            throw new IllegalStateException("empty type must be reported as null " + event);
        }
    }
}
