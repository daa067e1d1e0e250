package io.agentwire.a2a.compat;

import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskArtifactUpdateEvent;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;

/**
 * Tasks, their status, the stream events and the send and stream results between the 0.3 proto and the 1.0 model.
 * Task states share their numbers in both versions (only CANCELLED is spelt differently); 0.3's {@code final} is
 * derived from the state on the way out and read past on the way in, as in the JSON form.
 */
final class V03ProtoTasks {
    private V03ProtoTasks() {
    }

    static V03Proto.SendMessageResponse toV03(SendMessageResponse response) {
        V03Proto.SendMessageResponse.Builder v03 = V03Proto.SendMessageResponse.newBuilder();
        return response.hasMessage() ? v03.setMsg(V03ProtoMessages.toV03(response.getMessage())).build()
                : v03.setTask(toV03(response.getTask())).build();
    }

    static SendMessageResponse fromV03(V03Proto.SendMessageResponse v03) {
        SendMessageResponse.Builder response = SendMessageResponse.newBuilder();
        return v03.hasMsg() ? response.setMessage(V03ProtoMessages.fromV03(v03.getMsg())).build()
                : response.setTask(fromV03(v03.getTask())).build();
    }

    static V03Proto.StreamResponse toV03(StreamResponse event) {
        V03Proto.StreamResponse.Builder v03 = V03Proto.StreamResponse.newBuilder();
        switch (event.getPayloadCase()) {
            case MESSAGE:
                return v03.setMsg(V03ProtoMessages.toV03(event.getMessage())).build();
            case STATUS_UPDATE:
                return v03.setStatusUpdate(toV03(event.getStatusUpdate())).build();
            case ARTIFACT_UPDATE:
                return v03.setArtifactUpdate(toV03(event.getArtifactUpdate())).build();
            default:
                return v03.setTask(toV03(event.getTask())).build();
        }
    }

    static StreamResponse fromV03(V03Proto.StreamResponse v03) {
        StreamResponse.Builder event = StreamResponse.newBuilder();
        switch (v03.getPayloadCase()) {
            case MSG:
                return event.setMessage(V03ProtoMessages.fromV03(v03.getMsg())).build();
            case STATUS_UPDATE:
                return event.setStatusUpdate(fromV03(v03.getStatusUpdate())).build();
            case ARTIFACT_UPDATE:
                return event.setArtifactUpdate(fromV03(v03.getArtifactUpdate())).build();
            default:
                return event.setTask(fromV03(v03.getTask())).build();
        }
    }

    static V03Proto.Task toV03(Task task) {
        V03Proto.Task.Builder v03 = V03Proto.Task.newBuilder().setId(task.getId()).setContextId(task.getContextId())
                .setStatus(toV03(task.getStatus()));
        task.getArtifactsList().forEach(artifact -> v03.addArtifacts(V03ProtoMessages.toV03(artifact)));
        task.getHistoryList().forEach(message -> v03.addHistory(V03ProtoMessages.toV03(message)));
        if (task.hasMetadata()) {
            v03.setMetadata(task.getMetadata());
        }
        return v03.build();
    }

    static Task fromV03(V03Proto.Task v03) {
        Task.Builder task = Task.newBuilder().setId(v03.getId()).setContextId(v03.getContextId())
                .setStatus(fromV03(v03.getStatus()));
        v03.getArtifactsList().forEach(artifact -> task.addArtifacts(V03ProtoMessages.fromV03(artifact)));
        v03.getHistoryList().forEach(message -> task.addHistory(V03ProtoMessages.fromV03(message)));
        if (v03.hasMetadata()) {
            task.setMetadata(v03.getMetadata());
        }
        return task.build();
    }

    static V03Proto.TaskStatus toV03(TaskStatus status) {
        V03Proto.TaskStatus.Builder v03 = V03Proto.TaskStatus.newBuilder().setStateValue(status.getStateValue());
        if (status.hasMessage()) {
            v03.setUpdate(V03ProtoMessages.toV03(status.getMessage()));
        }
        if (status.hasTimestamp()) {
            v03.setTimestamp(status.getTimestamp());
        }
        return v03.build();
    }

    /** A state number neither version knows reads as UNSPECIFIED, 1.0's successor of 0.3's "unknown". */
    static TaskStatus fromV03(V03Proto.TaskStatus v03) {
        TaskState state = TaskState.forNumber(v03.getStateValue());
        TaskStatus.Builder status = TaskStatus.newBuilder().setState(state == null ? TaskState.TASK_STATE_UNSPECIFIED : state);
        if (v03.hasUpdate()) {
            status.setMessage(V03ProtoMessages.fromV03(v03.getUpdate()));
        }
        if (v03.hasTimestamp()) {
            status.setTimestamp(v03.getTimestamp());
        }
        return status.build();
    }

    static V03Proto.TaskStatusUpdateEvent toV03(TaskStatusUpdateEvent event) {
        V03Proto.TaskStatusUpdateEvent.Builder v03 = V03Proto.TaskStatusUpdateEvent.newBuilder()
                .setTaskId(event.getTaskId()).setContextId(event.getContextId()).setStatus(toV03(event.getStatus()))
                .setFinal(V03Enums.isFinal(event.getStatus().getState()));
        if (event.hasMetadata()) {
            v03.setMetadata(event.getMetadata());
        }
        return v03.build();
    }

    static TaskStatusUpdateEvent fromV03(V03Proto.TaskStatusUpdateEvent v03) {
        TaskStatusUpdateEvent.Builder event = TaskStatusUpdateEvent.newBuilder()
                .setTaskId(v03.getTaskId()).setContextId(v03.getContextId()).setStatus(fromV03(v03.getStatus()));
        if (v03.hasMetadata()) {
            event.setMetadata(v03.getMetadata());
        }
        return event.build();
    }

    static V03Proto.TaskArtifactUpdateEvent toV03(TaskArtifactUpdateEvent event) {
        V03Proto.TaskArtifactUpdateEvent.Builder v03 = V03Proto.TaskArtifactUpdateEvent.newBuilder()
                .setTaskId(event.getTaskId()).setContextId(event.getContextId())
                .setArtifact(V03ProtoMessages.toV03(event.getArtifact()))
                .setAppend(event.getAppend()).setLastChunk(event.getLastChunk());
        if (event.hasMetadata()) {
            v03.setMetadata(event.getMetadata());
        }
        return v03.build();
    }

    static TaskArtifactUpdateEvent fromV03(V03Proto.TaskArtifactUpdateEvent v03) {
        TaskArtifactUpdateEvent.Builder event = TaskArtifactUpdateEvent.newBuilder()
                .setTaskId(v03.getTaskId()).setContextId(v03.getContextId())
                .setArtifact(V03ProtoMessages.fromV03(v03.getArtifact()))
                .setAppend(v03.getAppend()).setLastChunk(v03.getLastChunk());
        if (v03.hasMetadata()) {
            event.setMetadata(v03.getMetadata());
        }
        return event.build();
    }
}
