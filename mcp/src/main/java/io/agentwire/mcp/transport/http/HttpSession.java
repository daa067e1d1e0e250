package io.agentwire.mcp.transport.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.agentwire.mcp.server.LegacySession;

/**
 * A legacy-era Streamable HTTP session: the protocol session plus its SSE streams, so that events can be
 * replayed to a client that resumes with {@code Last-Event-ID}. Only the most recent streams are kept.
 */
final class HttpSession {
    private static final int MAX_STREAMS = 32;
    private static final int EVENTS_PER_STREAM = 256;

    private final LegacySession protocol;
    private final AtomicLong streamCounter = new AtomicLong();
    private final Map<String, LogicalStream> streams = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LogicalStream> eldest) {
            return size() > MAX_STREAMS;
        }
    };
    private LogicalStream standalone;

    HttpSession(LegacySession protocol) {
        this.protocol = protocol;
    }

    LegacySession protocol() {
        return protocol;
    }

    synchronized LogicalStream newStream() {
        String id = Long.toString(streamCounter.incrementAndGet(), 36);
        LogicalStream stream = new LogicalStream(id, new EventLog(EVENTS_PER_STREAM));
        streams.put(id, stream);
        return stream;
    }

    synchronized LogicalStream stream(String id) {
        return streams.get(id);
    }

    /** The GET stream for messages unrelated to any request, or {@code null} when none is open. */
    synchronized LogicalStream standalone() {
        return standalone;
    }

    synchronized void setStandalone(LogicalStream stream) {
        this.standalone = stream;
    }
}
