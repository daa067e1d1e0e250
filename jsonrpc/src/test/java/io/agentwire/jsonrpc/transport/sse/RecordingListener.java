package io.agentwire.jsonrpc.transport.sse;

import java.util.ArrayList;
import java.util.List;

/** Collects what a decoder reports. */
final class RecordingListener implements SseListener {
    final List<SseEvent> events = new ArrayList<>();
    final List<Long> retries = new ArrayList<>();
    final List<String> comments = new ArrayList<>();

    @Override
    public void onEvent(SseEvent event) {
        events.add(event);
    }

    @Override
    public void onRetry(long millis) {
        retries.add(millis);
    }

    @Override
    public void onComment(String text) {
        comments.add(text);
    }
}
