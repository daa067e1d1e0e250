package io.agentwire.a2a.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;

import io.agentwire.a2a.model.AuthenticationInfo;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;

/** Configs, events and senders the push tests share. */
final class PushFixtures {
    static final String TASK_ID = "task-1";
    static final String TOKEN = "tok-5f2c";
    static final String CREDENTIALS = "cred-9a1e";

    /** Loopback allowed (WireMock is on 127.0.0.1), plain http allowed (no TLS in these tests). */
    static final WebhookUrlPolicy LOOPBACK = WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true).build();

    private PushFixtures() {
    }

    /** A sender with tiny backoffs so retry tests are fast. */
    static PushNotificationSender.Builder sender() {
        return PushNotificationSender.builder()
                .urlPolicy(LOOPBACK)
                .attemptTimeout(Duration.ofSeconds(2))
                .backoff(Duration.ofMillis(10), Duration.ofMillis(40));
    }

    static TaskPushNotificationConfig config(String url) {
        return TaskPushNotificationConfig.newBuilder()
                .setId("cfg-1")
                .setTaskId(TASK_ID)
                .setUrl(url)
                .setToken(TOKEN)
                .setAuthentication(AuthenticationInfo.newBuilder().setScheme("Bearer").setCredentials(CREDENTIALS))
                .build();
    }

    static TaskPushNotificationConfig bareConfig(String url) {
        return TaskPushNotificationConfig.newBuilder().setId("cfg-bare").setTaskId(TASK_ID).setUrl(url).build();
    }

    /** A status update whose metadata carries {@code seq}, so receivers can check order. */
    static StreamResponse status(int seq) {
        return StreamResponse.newBuilder()
                .setStatusUpdate(TaskStatusUpdateEvent.newBuilder()
                        .setTaskId(TASK_ID)
                        .setContextId("ctx-1")
                        .setStatus(TaskStatus.newBuilder().setState(TaskState.TASK_STATE_WORKING))
                        .setMetadata(Struct.newBuilder()
                                .putFields("seq", Value.newBuilder().setNumberValue(seq).build())))
                .build();
    }

    static StreamResponse parse(byte[] body) {
        StreamResponse.Builder b = StreamResponse.newBuilder();
        try {
            JsonFormat.parser().merge(new String(body, StandardCharsets.UTF_8), b);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("not ProtoJSON of a StreamResponse: " + e.getMessage(), e);
        }
        return b.build();
    }

    static int seqOf(byte[] body) {
        return (int) parse(body).getStatusUpdate().getMetadata().getFieldsOrThrow("seq").getNumberValue();
    }
}
