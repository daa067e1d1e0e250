package io.agentwire.mcp.transport.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptHeaderTest {
    @Test
    void matchesExactWildcardAndParameterisedRanges() {
        assertTrue(StreamableHttpHandler.accepts("application/json, text/event-stream", "text/event-stream"));
        assertTrue(StreamableHttpHandler.accepts("text/event-stream;q=0.9,application/json;q=1", "application/json"));
        assertTrue(StreamableHttpHandler.accepts("*/*", "application/json"));
        assertTrue(StreamableHttpHandler.accepts("text/*", "text/event-stream"));
        assertTrue(StreamableHttpHandler.accepts("Application/JSON", "application/json"));
    }

    @Test
    void rejectsOtherTypes() {
        assertFalse(StreamableHttpHandler.accepts(null, "application/json"));
        assertFalse(StreamableHttpHandler.accepts("text/html", "application/json"));
        assertFalse(StreamableHttpHandler.accepts("application/*+json", "application/json"));
        assertFalse(StreamableHttpHandler.accepts("text/event-streams", "text/event-stream"));
        assertFalse(StreamableHttpHandler.accepts("", "application/json"));
    }
}
