package io.agentwire.a2a.push;

import java.nio.charset.StandardCharsets;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;

import io.agentwire.a2a.model.StreamResponse;

/** What the sender needs from an event: its ProtoJSON body and the task it belongs to. */
final class StreamEvents {
    /** Compact ProtoJSON (camelCase names, enum names, defaults omitted), the HTTP+JSON binding's form (§4.3.3). */
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

    private StreamEvents() {
    }

    static byte[] protoJson(StreamResponse event) {
        try {
            return PRINTER.print(event).getBytes(StandardCharsets.UTF_8);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("event cannot be written as ProtoJSON: " + e.getMessage(), e);
        }
    }

    /** The task id the payload carries, or {@code ""} (a message outside any task has none). */
    static String taskId(StreamResponse event) {
        switch (event.getPayloadCase()) {
            case TASK:
                return event.getTask().getId();
            case MESSAGE:
                return event.getMessage().getTaskId();
            case STATUS_UPDATE:
                return event.getStatusUpdate().getTaskId();
            case ARTIFACT_UPDATE:
                return event.getArtifactUpdate().getTaskId();
            default:
                throw new IllegalArgumentException("the StreamResponse has no payload");
        }
    }
}
