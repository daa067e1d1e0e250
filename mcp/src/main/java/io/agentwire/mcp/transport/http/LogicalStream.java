package io.agentwire.mcp.transport.http;

import java.util.List;

import io.agentwire.jsonrpc.transport.http.SseStream;
import io.agentwire.jsonrpc.transport.sse.SseEvent;

/**
 * One SSE stream as the protocol sees it, which may outlive the HTTP connection carrying it. In the legacy era
 * every event gets an id {@code <stream>_<sequence>} and is logged, so that a client whose connection dropped can
 * resume on a new GET with {@code Last-Event-ID}; events sent while no connection is attached wait in the log.
 * Without a log (modern era), a stream is just its connection.
 */
final class LogicalStream {
    private final String streamId;
    private final EventLog log;
    private SseStream connection;
    private boolean finished;

    LogicalStream(String streamId, EventLog log) {
        this.streamId = streamId;
        this.log = log;
    }

    static LogicalStream unlogged(SseStream connection) {
        LogicalStream stream = new LogicalStream(null, null);
        stream.connection = connection;
        return stream;
    }

    String id() {
        return streamId;
    }

    boolean resumable() {
        return log != null;
    }

    /** A first event with an id and no data, so the client has a resume point before anything happens. */
    synchronized void prime(Long retryMillis) {
        if (log != null) {
            EventLog.Entry entry = log.append("");
            write(new SseEvent(eventId(entry), null, "", retryMillis));
        }
    }

    synchronized void send(String data) {
        if (log == null) {
            write(new SseEvent(null, null, data, null));
            return;
        }
        EventLog.Entry entry = log.append(data);
        write(new SseEvent(eventId(entry), null, data, null));
    }

    /** Ends the stream: nothing more will be sent on it, by this connection or any resumed one. */
    synchronized void finish() {
        finished = true;
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** Drops the current connection but keeps the stream, telling the client when to come back. */
    synchronized void detach(long retryMillis) {
        if (connection != null) {
            connection.send(new SseEvent(null, null, null, retryMillis));
            connection.close();
            connection = null;
        }
    }

    synchronized void connectionLost(SseStream lost) {
        if (connection == lost) {
            connection = null;
        }
    }

    /** Attaches a new connection, replaying what it missed after {@code afterSequence}. */
    synchronized void attach(SseStream replacement, long afterSequence) {
        if (connection != null) {
            connection.close();
        }
        connection = replacement;
        replacement.onClose(() -> connectionLost(replacement));
        if (log != null) {
            List<EventLog.Entry> missed = log.after(afterSequence);
            for (EventLog.Entry entry : missed) {
                if (!entry.data().isEmpty()) {
                    replacement.send(new SseEvent(eventId(entry), null, entry.data(), null));
                }
            }
        }
        if (finished) {
            replacement.close();
            connection = null;
        }
    }

    synchronized boolean isFinished() {
        return finished;
    }

    private void write(SseEvent event) {
        if (connection != null && connection.isOpen()) {
            connection.send(event);
        }
    }

    private String eventId(EventLog.Entry entry) {
        return streamId + "_" + entry.sequence();
    }
}
