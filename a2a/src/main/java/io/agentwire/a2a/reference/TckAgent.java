package io.agentwire.a2a.reference;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.agentwire.a2a.AgentExecutor;
import io.agentwire.a2a.EventSink;
import io.agentwire.a2a.RequestContext;
import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The reference agent: it follows the A2A TCK's contract, where the prefix of the incoming {@code messageId} says
 * what the agent does ({@code tck-complete-task}, {@code tck-input-required}, {@code tck-stream-001}, ...), so the
 * official TCK and our own conformance checks can drive every behaviour without a side channel. A message that
 * continues an interrupted task completes it; any other message is echoed.
 */
public final class TckAgent implements AgentExecutor {
    private final Duration resubscribeHold;

    /** @param resubscribeHold how long {@code test-resubscribe-message-id} stays WORKING (the TCK: 2 × its stream timeout) */
    public TckAgent(Duration resubscribeHold) {
        this.resubscribeHold = resubscribeHold;
    }

    @Override
    public void execute(RequestContext context, EventSink events) throws Exception {
        String id = context.message().getMessageId();
        if (context.currentTask() != null) {
            events.complete(events.agentText("Thanks, continuing with: " + context.text()));
        } else if (id.startsWith("tck-message-response")) {
            events.reply(textMessage("Direct message response"));
        } else if (id.startsWith("tck-input-required")) {
            events.requireInput(events.agentText("Please provide more input"));
        } else if (id.startsWith("tck-auth-required")) {
            events.requireAuth(events.agentText("Authorization is needed; sign in and send the message again"));
        } else if (id.startsWith("tck-reject-task")) {
            events.reject(events.agentText("rejected"));
        } else if (id.startsWith("tck-artifact-text")) {
            completeWith(events, Part.newBuilder().setText("Generated text content").build());
        } else if (id.startsWith("tck-artifact-file-url")) {
            completeWith(events, Part.newBuilder().setUrl("https://example.com/output.txt").setFilename("output.txt")
                    .setMediaType("text/plain").build());
        } else if (id.startsWith("tck-artifact-file")) {
            completeWith(events, filePart());
        } else if (id.startsWith("tck-artifact-data")) {
            Struct data = Struct.newBuilder().putFields("key", Value.newBuilder().setStringValue("value").build())
                    .putFields("count", Value.newBuilder().setNumberValue(42).build()).build();
            completeWith(events, Part.newBuilder().setData(Value.newBuilder().setStructValue(data)).build());
        } else if (id.startsWith("tck-stream-artifact-chunked")) {
            events.working(null);
            events.artifact(artifact("chunked", Part.newBuilder().setText("chunk-1 ").build()), false, false);
            events.artifact(artifact("chunked", Part.newBuilder().setText("chunk-2").build()), true, true);
            events.complete(null);
        } else if (id.startsWith("tck-stream-artifact-file")) {
            streamed(events, filePart());
        } else if (id.startsWith("tck-stream-002")) {
            events.complete(null);
        } else if (id.startsWith("tck-stream-")) {
            streamed(events, Part.newBuilder().setText(streamText(id)).build());
        } else if (id.startsWith("test-resubscribe-message-id")) {
            events.working(null);
            Thread.sleep(resubscribeHold.toMillis());
            events.complete(null);
        } else if (id.startsWith("tck-complete-task")) {
            events.complete(events.agentText("Hello from TCK"));
        } else {
            events.complete(events.agentText("You said: " + context.text()));
        }
    }

    private static String streamText(String id) {
        if (id.startsWith("tck-stream-003")) {
            return "Stream task lifecycle";
        }
        if (id.startsWith("tck-stream-ordering-001")) {
            return "Ordered output";
        }
        if (id.startsWith("tck-stream-artifact-text")) {
            return "Streamed text content";
        }
        return "Stream hello from TCK";
    }

    private static void streamed(EventSink events, Part part) {
        events.working(null);
        events.artifact(artifact("result", part), false, true);
        events.complete(null);
    }

    private static void completeWith(EventSink events, Part part) {
        events.artifact(artifact("result", part), false, true);
        events.complete(null);
    }

    private static Part filePart() {
        return Part.newBuilder().setRaw(ByteString.copyFrom("Hello from the TCK agent\n", StandardCharsets.UTF_8))
                .setFilename("output.txt").setMediaType("text/plain").build();
    }

    private static Artifact artifact(String id, Part part) {
        return Artifact.newBuilder().setArtifactId(id).setName(id).addParts(part).build();
    }

    private static Message textMessage(String text) {
        return Message.newBuilder().addParts(Part.newBuilder().setText(text)).build();
    }
}
