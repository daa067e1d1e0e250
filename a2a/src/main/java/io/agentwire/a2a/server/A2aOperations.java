package io.agentwire.a2a.server;

import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsResponse;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.ListTasksResponse;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.util.concurrent.CompletableFuture;

/**
 * The eleven A2A operations, binding-neutral: every binding (JSON-RPC, HTTP+JSON, gRPC, and the 0.3 interface)
 * decodes its requests into these calls and encodes the results. Failures are
 * {@link io.agentwire.a2a.error.A2aException}s, thrown or completing the futures.
 */
public interface A2aOperations {

    CompletableFuture<SendMessageResponse> sendMessage(CallContext call, SendMessageRequest request);

    void sendStreamingMessage(CallContext call, SendMessageRequest request, StreamSink sink);

    Task getTask(CallContext call, GetTaskRequest request);

    ListTasksResponse listTasks(CallContext call, ListTasksRequest request);

    Task cancelTask(CallContext call, CancelTaskRequest request);

    void subscribeToTask(CallContext call, SubscribeToTaskRequest request, StreamSink sink);

    TaskPushNotificationConfig createPushConfig(CallContext call, TaskPushNotificationConfig config);

    TaskPushNotificationConfig getPushConfig(CallContext call, GetTaskPushNotificationConfigRequest request);

    ListTaskPushNotificationConfigsResponse listPushConfigs(CallContext call, ListTaskPushNotificationConfigsRequest request);

    void deletePushConfig(CallContext call, DeleteTaskPushNotificationConfigRequest request);

    AgentCard getExtendedAgentCard(CallContext call, GetExtendedAgentCardRequest request);
}
