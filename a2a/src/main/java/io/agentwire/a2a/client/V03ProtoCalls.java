package io.agentwire.a2a.client;

import com.google.protobuf.Empty;
import com.google.protobuf.Message;
import io.agentwire.a2a.compat.V03Protos;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsResponse;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;

/**
 * The client's operations in the terms of the 0.3 proto, for the 0.3 gRPC and HTTP+JSON transports: each 1.0
 * request as the 0.3 request of its operation, and each 0.3 result back in the 1.0 model. {@code ListTasks} has no
 * 0.3 counterpart and fails with UNSUPPORTED_OPERATION, as over 0.3 JSON-RPC.
 */
final class V03ProtoCalls {
    private V03ProtoCalls() {
    }

    static Message request(String operation, Message request) {
        switch (operation) {
            case "SendMessage":
            case "SendStreamingMessage":
                return V03Protos.toV03((SendMessageRequest) request);
            case "GetTask":
                GetTaskRequest get = (GetTaskRequest) request;
                return V03Proto.GetTaskRequest.newBuilder().setName(V03Protos.taskName(get.getId()))
                        .setHistoryLength(get.getHistoryLength()).build();
            case "CancelTask":
                return V03Proto.CancelTaskRequest.newBuilder().setName(V03Protos.taskName(((CancelTaskRequest) request).getId())).build();
            case "SubscribeToTask":
                return V03Proto.TaskSubscriptionRequest.newBuilder()
                        .setName(V03Protos.taskName(((SubscribeToTaskRequest) request).getId())).build();
            case "CreateTaskPushNotificationConfig":
                return V03Protos.createRequest((TaskPushNotificationConfig) request);
            case "GetTaskPushNotificationConfig":
                GetTaskPushNotificationConfigRequest read = (GetTaskPushNotificationConfigRequest) request;
                return V03Proto.GetTaskPushNotificationConfigRequest.newBuilder()
                        .setName(V03Protos.configName(read.getTaskId(), read.getId())).build();
            case "ListTaskPushNotificationConfigs":
                ListTaskPushNotificationConfigsRequest list = (ListTaskPushNotificationConfigsRequest) request;
                return V03Proto.ListTaskPushNotificationConfigRequest.newBuilder().setParent(V03Protos.taskName(list.getTaskId()))
                        .setPageSize(list.getPageSize()).setPageToken(list.getPageToken()).build();
            case "DeleteTaskPushNotificationConfig":
                DeleteTaskPushNotificationConfigRequest delete = (DeleteTaskPushNotificationConfigRequest) request;
                return V03Proto.DeleteTaskPushNotificationConfigRequest.newBuilder()
                        .setName(V03Protos.configName(delete.getTaskId(), delete.getId())).build();
            case "GetExtendedAgentCard":
                return V03Proto.GetAgentCardRequest.getDefaultInstance();
            default:
                throw new A2aException(A2aError.UNSUPPORTED_OPERATION, operation + " has no A2A 0.3 counterpart");
        }
    }

    /** An empty builder of the 0.3 result of {@code operation}. */
    static Message.Builder resultBuilder(String operation) {
        switch (operation) {
            case "SendMessage":
                return V03Proto.SendMessageResponse.newBuilder();
            case "GetTask":
            case "CancelTask":
                return V03Proto.Task.newBuilder();
            case "CreateTaskPushNotificationConfig":
            case "GetTaskPushNotificationConfig":
                return V03Proto.TaskPushNotificationConfig.newBuilder();
            case "ListTaskPushNotificationConfigs":
                return V03Proto.ListTaskPushNotificationConfigResponse.newBuilder();
            case "GetExtendedAgentCard":
                return V03Proto.AgentCard.newBuilder();
            default:
                return Empty.newBuilder();
        }
    }

    static Message result(Message v03) {
        if (v03 instanceof V03Proto.SendMessageResponse) {
            return V03Protos.fromV03((V03Proto.SendMessageResponse) v03);
        }
        if (v03 instanceof V03Proto.Task) {
            return V03Protos.fromV03((V03Proto.Task) v03);
        }
        if (v03 instanceof V03Proto.TaskPushNotificationConfig) {
            return V03Protos.fromV03((V03Proto.TaskPushNotificationConfig) v03);
        }
        if (v03 instanceof V03Proto.ListTaskPushNotificationConfigResponse) {
            V03Proto.ListTaskPushNotificationConfigResponse page = (V03Proto.ListTaskPushNotificationConfigResponse) v03;
            ListTaskPushNotificationConfigsResponse.Builder list = ListTaskPushNotificationConfigsResponse.newBuilder()
                    .setNextPageToken(page.getNextPageToken());
            page.getConfigsList().forEach(config -> list.addConfigs(V03Protos.fromV03(config)));
            return list.build();
        }
        if (v03 instanceof V03Proto.AgentCard) {
            return V03Protos.fromV03((V03Proto.AgentCard) v03);
        }
        return v03;
    }
}
