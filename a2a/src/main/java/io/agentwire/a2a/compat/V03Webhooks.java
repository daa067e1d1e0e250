package io.agentwire.a2a.compat;

import com.google.protobuf.UnknownFieldSet;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.nio.charset.StandardCharsets;

/**
 * Webhooks registered through the 0.3 interface. Their receivers were written against 0.3, where a notification is
 * the whole task as 0.3 JSON ({@code application/json}, 0.3 §9.5), not 1.0's {@code StreamResponse}; the 0.3 SDKs'
 * receivers (a2a-java 0.3, for one) cannot read the 1.0 shape.
 *
 * <p>The mark travels inside the config as a protobuf field the A2A model does not define: it survives copies and
 * the file store (which keeps configs as protobuf bytes), and ProtoJSON never prints unknown fields, so JSON clients
 * never see it.
 */
public final class V03Webhooks {
    /** Far above any field number the A2A proto will use (the maximum is 2^29 - 1). */
    static final int MARK_FIELD = 536_870_000;
    private static final UnknownFieldSet MARK = UnknownFieldSet.newBuilder()
            .addField(MARK_FIELD, UnknownFieldSet.Field.newBuilder().addVarint(3).build()).build();

    private V03Webhooks() {
    }

    /** The config, marked as registered by a 0.3 client. */
    public static TaskPushNotificationConfig mark(TaskPushNotificationConfig config) {
        return config.toBuilder().mergeUnknownFields(MARK).build();
    }

    /** The send request with its webhook (if any) marked, so that its notifications go out in 0.3 form. */
    static SendMessageRequest markSend(SendMessageRequest request) {
        if (!request.getConfiguration().hasTaskPushNotificationConfig()) {
            return request;
        }
        SendMessageRequest.Builder marked = request.toBuilder();
        marked.getConfigurationBuilder().setTaskPushNotificationConfig(
                mark(request.getConfiguration().getTaskPushNotificationConfig()));
        return marked.build();
    }

    public static boolean marked(TaskPushNotificationConfig config) {
        return config.getUnknownFields().hasField(MARK_FIELD);
    }

    /** A 0.3 notification body: the task when the event is one (what servers send), else the event in 0.3 form. */
    public static byte[] body(StreamResponse event) {
        return V03Json.write(V03Tasks.toV03(event)).getBytes(StandardCharsets.UTF_8);
    }
}
