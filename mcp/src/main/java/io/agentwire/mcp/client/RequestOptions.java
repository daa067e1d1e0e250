package io.agentwire.mcp.client;

import io.agentwire.jsonrpc.peer.ProgressListener;
import java.time.Duration;

/**
 * How one logical request is sent.
 *
 * @param timeout per attempt; {@code null} for the client's default, {@link Duration#ZERO} to wait forever
 * @param progress receives progress notifications, or {@code null}
 * @param cacheable whether a 2026-07-28 result may be served from, and stored in, the result cache
 */
record RequestOptions(Duration timeout, ProgressListener progress, boolean cacheable) {
    static final RequestOptions DEFAULT = new RequestOptions(null, null, false);
    static final RequestOptions CACHEABLE = new RequestOptions(null, null, true);

    static RequestOptions withProgress(ProgressListener listener) {
        return new RequestOptions(null, listener, false);
    }
}
