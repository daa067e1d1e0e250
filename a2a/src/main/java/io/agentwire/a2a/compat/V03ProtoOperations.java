package io.agentwire.a2a.compat;

import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.server.StreamSink;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The engine's operations in the terms of the 0.3 proto, which the 0.3 gRPC and HTTP+JSON bindings share: requests
 * are translated into the 1.0 model, results back. Streams stay 1.0 events, since each binding frames them its own
 * way. Webhooks registered here are marked for 0.3 notifications, as through the 0.3 JSON-RPC interface.
 */
final class V03ProtoOperations {
    private final Supplier<A2aOperations> operations;

    V03ProtoOperations(Supplier<A2aOperations> operations) {
        this.operations = operations;
    }

    CompletableFuture<V03Proto.SendMessageResponse> sendMessage(CallContext call, V03Proto.SendMessageRequest request) {
        return operations.get().sendMessage(call, V03Webhooks.markSend(V03ProtoRequests.fromV03(request)))
                .thenApply(V03ProtoTasks::toV03);
    }

    void sendStreamingMessage(CallContext call, V03Proto.SendMessageRequest request, StreamSink sink) {
        operations.get().sendStreamingMessage(call, V03Webhooks.markSend(V03ProtoRequests.fromV03(request)), sink);
    }

    void subscribe(CallContext call, String taskName, StreamSink sink) {
        operations.get().subscribeToTask(call, SubscribeToTaskRequest.newBuilder()
                .setId(V03ProtoRequests.taskId(taskName)).build(), sink);
    }

    /** A {@code historyLength} of 0 is "not limited": proto3 cannot tell it from an absent one. */
    V03Proto.Task getTask(CallContext call, V03Proto.GetTaskRequest request) {
        GetTaskRequest.Builder get = GetTaskRequest.newBuilder().setId(V03ProtoRequests.taskId(request.getName()));
        if (request.getHistoryLength() > 0) {
            get.setHistoryLength(request.getHistoryLength());
        }
        return V03ProtoTasks.toV03(operations.get().getTask(call, get.build()));
    }

    V03Proto.Task cancelTask(CallContext call, V03Proto.CancelTaskRequest request) {
        return V03ProtoTasks.toV03(operations.get().cancelTask(call, CancelTaskRequest.newBuilder()
                .setId(V03ProtoRequests.taskId(request.getName())).build()));
    }

    V03Proto.TaskPushNotificationConfig createPushConfig(CallContext call, V03Proto.CreateTaskPushNotificationConfigRequest request) {
        return V03ProtoRequests.toV03(operations.get().createPushConfig(call,
                V03Webhooks.mark(V03ProtoRequests.fromV03(request))));
    }

    V03Proto.TaskPushNotificationConfig getPushConfig(CallContext call, V03Proto.GetTaskPushNotificationConfigRequest request) {
        String[] ids = V03ProtoRequests.configIds(request.getName());
        return V03ProtoRequests.toV03(operations.get().getPushConfig(call, GetTaskPushNotificationConfigRequest.newBuilder()
                .setTaskId(ids[0]).setId(ids[1]).build()));
    }

    V03Proto.ListTaskPushNotificationConfigResponse listPushConfigs(CallContext call,
                                                                     V03Proto.ListTaskPushNotificationConfigRequest request) {
        ListTaskPushNotificationConfigsResponse page = operations.get().listPushConfigs(call,
                ListTaskPushNotificationConfigsRequest.newBuilder().setTaskId(V03ProtoRequests.taskId(request.getParent()))
                        .setPageSize(request.getPageSize()).setPageToken(request.getPageToken()).build());
        V03Proto.ListTaskPushNotificationConfigResponse.Builder v03 = V03Proto.ListTaskPushNotificationConfigResponse
                .newBuilder().setNextPageToken(page.getNextPageToken());
        page.getConfigsList().forEach(config -> v03.addConfigs(V03ProtoRequests.toV03(config)));
        return v03.build();
    }

    void deletePushConfig(CallContext call, V03Proto.DeleteTaskPushNotificationConfigRequest request) {
        String[] ids = V03ProtoRequests.configIds(request.getName());
        operations.get().deletePushConfig(call, DeleteTaskPushNotificationConfigRequest.newBuilder()
                .setTaskId(ids[0]).setId(ids[1]).build());
    }

    /** The card for authenticated callers, in the 1.0 model: the bindings render it in their own 0.3 form. */
    AgentCard extendedCard(CallContext call) {
        return operations.get().getExtendedAgentCard(call, GetExtendedAgentCardRequest.getDefaultInstance());
    }
}
