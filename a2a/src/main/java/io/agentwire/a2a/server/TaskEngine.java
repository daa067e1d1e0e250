package io.agentwire.a2a.server;

import io.agentwire.a2a.AgentExecutor;
import io.agentwire.a2a.RequestContext;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
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
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.store.StoredTask;
import io.agentwire.a2a.store.TaskStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The A2A operations on top of an {@link AgentExecutor} and a {@link TaskStore}: it checks requests, runs the
 * executor for each message on the worker pool, keeps every task's state through {@link LiveTask}, and answers
 * blocking sends, streams and queries from it. Bindings call it through {@link A2aOperations}.
 */
public final class TaskEngine implements A2aOperations {
    private static final System.Logger LOG = System.getLogger(TaskEngine.class.getName());

    private final AgentCard card;
    private final AgentCard extendedCard;
    private final AgentExecutor executor;
    private final TaskStore store;
    private final Executor workers;
    private final PushDispatcher push;
    private final PushConfigs pushConfigs;
    private final Map<String, LiveTask> live = new ConcurrentHashMap<>();

    /**
     * @param card         the public card, whose capabilities gate streaming, push and the extended card
     * @param extendedCard the card shown to authenticated callers, or {@code null}
     * @param pushValidator refuses webhook configs (throws {@link IllegalArgumentException}) the server must not use
     */
    public TaskEngine(AgentCard card, AgentCard extendedCard, AgentExecutor executor, TaskStore store, Executor workers,
                      PushDispatcher push, Consumer<TaskPushNotificationConfig> pushValidator) {
        this.card = Objects.requireNonNull(card, "card");
        this.extendedCard = extendedCard;
        this.executor = Objects.requireNonNull(executor, "executor");
        this.store = Objects.requireNonNull(store, "store");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.push = Objects.requireNonNull(push, "push");
        this.pushConfigs = new PushConfigs(card.getCapabilities().getPushNotifications(), pushValidator, this::existing);
    }

    // ---- messages -------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<SendMessageResponse> sendMessage(CallContext call, SendMessageRequest request) {
        SendMessageConfiguration config = request.getConfiguration();
        CompletableFuture<SendMessageResponse> response = new CompletableFuture<>();
        Execution execution = prepare(call, request);
        CompletableFuture<Task> outcome;
        if (config.getReturnImmediately()) {
            outcome = execution.continuation ? CompletableFuture.completedFuture(execution.task.stored().task())
                    : execution.task.created();
        } else {
            outcome = execution.task.nextSettled();
        }
        outcome.thenAccept(task -> response.complete(SendMessageResponse.newBuilder()
                .setTask(TaskViews.withHistory(task, config.hasHistoryLength(), config.getHistoryLength())).build()));
        execution.sink.reply().thenAccept(message -> response.complete(SendMessageResponse.newBuilder().setMessage(message).build()));
        start(execution).thenRun(() -> {
            if (!execution.sink.emitted()) {
                response.completeExceptionally(noResponse());
            }
        });
        return response;
    }

    @Override
    public void sendStreamingMessage(CallContext call, SendMessageRequest request, StreamSink sink) {
        if (!card.getCapabilities().getStreaming()) {
            throw A2aException.unsupported("This agent does not stream; use SendMessage");
        }
        Execution execution = prepare(call, request);
        if (execution.continuation) {
            execution.task.watchContinuation(sink);
        } else {
            execution.task.watch(sink, true, false);
        }
        execution.sink.reply().thenAccept(message -> {
            sink.event(StreamResponse.newBuilder().setMessage(message).build());
            sink.end();
        });
        start(execution).thenRun(() -> {
            if (!execution.sink.emitted()) {
                sink.error(noResponse());
            }
        });
    }

    /** One message on its way to the executor, with the task it belongs to. */
    private record Execution(LiveTask task, TaskSink sink, RequestContext context, boolean continuation) {
    }

    private Execution prepare(CallContext call, SendMessageRequest request) {
        MessageChecks.check(request, card, call);
        Message message = request.getMessage();
        if (!message.getTaskId().isEmpty()) {
            return prepareContinuation(call, message);
        }
        String taskId = UUID.randomUUID().toString();
        String contextId = message.getContextId().isEmpty() ? UUID.randomUUID().toString() : message.getContextId();
        List<TaskPushNotificationConfig> configs = request.getConfiguration().hasTaskPushNotificationConfig()
                ? List.of(pushConfigs.prepare(request.getConfiguration().getTaskPushNotificationConfig(), taskId))
                : List.of();
        Message own = message.toBuilder().setContextId(contextId).setTaskId(taskId).build();
        LiveTask task = new LiveTask(taskId, contextId, call.caller(), store, push);
        live.put(taskId, task);
        RequestContext context = new RequestContext(own, taskId, contextId, null, call.caller(), call.extensions());
        return new Execution(task, new TaskSink(task, own, configs), context, false);
    }

    private Execution prepareContinuation(CallContext call, Message message) {
        LiveTask task = existing(call, message.getTaskId());
        Task current = task.stored().task();
        if (TaskLifecycle.terminal(current.getStatus().getState())) {
            throw A2aException.unsupported("Task " + current.getId() + " is " + current.getStatus().getState()
                    + " and accepts no more messages; start a new task in the same context");
        }
        if (!message.getContextId().isEmpty() && !message.getContextId().equals(current.getContextId())) {
            throw A2aException.invalidParams("contextId " + message.getContextId() + " does not match task "
                    + current.getId() + " (context " + current.getContextId() + ")");
        }
        Message own = message.toBuilder().setContextId(current.getContextId()).build();
        task.appendHistory(own);
        RequestContext context = new RequestContext(own, current.getId(), current.getContextId(), task.stored().task(),
                call.caller(), call.extensions());
        return new Execution(task, new TaskSink(task, own, List.of()), context, true);
    }

    /** Runs the executor on a worker; completes when it returns. A failure it throws fails the task. */
    private CompletableFuture<Void> start(Execution execution) {
        return CompletableFuture.runAsync(() -> {
            try {
                executor.execute(execution.context, execution.sink);
            } catch (Exception | Error e) {
                LOG.log(System.Logger.Level.WARNING, "Agent executor failed on task " + execution.task.taskId(), e);
                failTask(execution, e);
            }
        }, workers).whenComplete((ignored, error) -> forgetIfTerminal(execution.task));
    }

    private void failTask(Execution execution, Throwable cause) {
        try {
            if (execution.task.isCreated() || !execution.sink.emitted()) {
                if (!TaskLifecycle.terminal(execution.task.state())) {
                    execution.sink.fail(execution.sink.agentText("The agent failed: " + cause.getMessage()));
                }
            }
        } catch (IllegalStateException alreadyAnswered) {
            // The executor replied with a message before failing: that reply stands.
        }
    }

    private void forgetIfTerminal(LiveTask task) {
        if (task.isCreated() && TaskLifecycle.terminal(task.state())) {
            live.remove(task.taskId(), task);
        } else if (!task.isCreated()) {
            live.remove(task.taskId(), task);
        }
    }

    private static A2aException noResponse() {
        return new A2aException(A2aError.INVALID_AGENT_RESPONSE, "The agent returned without answering the message");
    }

    // ---- tasks --------------------------------------------------------------------------------------

    /** The caller's task, live or from the store; someone else's task is reported as not found. */
    private LiveTask existing(CallContext call, String taskId) {
        if (taskId == null || taskId.isEmpty()) {
            throw A2aException.invalidParams("A task id is required");
        }
        LiveTask task = live.get(taskId);
        if (task == null || !task.isCreated()) {
            StoredTask stored = store.find(taskId).orElseThrow(() -> A2aException.taskNotFound(taskId));
            task = live.computeIfAbsent(taskId, id -> LiveTask.resume(stored, store, push));
        }
        if (!task.stored().owner().equals(call.caller())) {
            throw A2aException.taskNotFound(taskId);
        }
        return task;
    }

    @Override
    public Task getTask(CallContext call, GetTaskRequest request) {
        if (request.hasHistoryLength() && request.getHistoryLength() < 0) {
            throw A2aException.invalidParams("historyLength must not be negative");
        }
        Task task = existing(call, request.getId()).stored().task();
        return TaskViews.withHistory(task, request.hasHistoryLength(), request.getHistoryLength());
    }

    @Override
    public ListTasksResponse listTasks(CallContext call, ListTasksRequest request) {
        return TaskListing.list(store.all(), call, request);
    }

    @Override
    public Task cancelTask(CallContext call, CancelTaskRequest request) {
        LiveTask task = existing(call, request.getId());
        Task current = task.stored().task();
        if (TaskLifecycle.terminal(current.getStatus().getState())) {
            throw new A2aException(A2aError.TASK_NOT_CANCELABLE, "Task " + current.getId() + " is already "
                    + current.getStatus().getState());
        }
        TaskSink sink = new TaskSink(task, Message.getDefaultInstance(), List.of());
        RequestContext context = new RequestContext(Message.getDefaultInstance(), current.getId(), current.getContextId(),
                current, call.caller(), call.extensions());
        try {
            executor.cancel(context, sink);
        } catch (Exception e) {
            throw new A2aException(A2aError.TASK_NOT_CANCELABLE, "The agent could not cancel the task: " + e.getMessage(), e);
        }
        forgetIfTerminal(task);
        return task.stored().task();
    }

    @Override
    public void subscribeToTask(CallContext call, SubscribeToTaskRequest request, StreamSink sink) {
        if (!card.getCapabilities().getStreaming()) {
            throw A2aException.unsupported("This agent does not stream");
        }
        LiveTask task = existing(call, request.getId());
        if (TaskLifecycle.terminal(task.state())) {
            throw A2aException.unsupported("Task " + request.getId() + " has ended (" + task.state() + "); use GetTask");
        }
        task.watch(sink, false, true);
    }

    // ---- push notification configs ------------------------------------------------------------------------

    @Override
    public TaskPushNotificationConfig createPushConfig(CallContext call, TaskPushNotificationConfig config) {
        return pushConfigs.create(call, config);
    }

    @Override
    public TaskPushNotificationConfig getPushConfig(CallContext call, GetTaskPushNotificationConfigRequest request) {
        return pushConfigs.get(call, request);
    }

    @Override
    public ListTaskPushNotificationConfigsResponse listPushConfigs(CallContext call, ListTaskPushNotificationConfigsRequest request) {
        return pushConfigs.list(call, request);
    }

    @Override
    public void deletePushConfig(CallContext call, DeleteTaskPushNotificationConfigRequest request) {
        pushConfigs.delete(call, request);
    }

    // ---- cards ----------------------------------------------------------------------------------------

    public AgentCard card() {
        return card;
    }

    @Override
    public AgentCard getExtendedAgentCard(CallContext call, GetExtendedAgentCardRequest request) {
        if (!card.getCapabilities().getExtendedAgentCard()) {
            throw A2aException.unsupported("This agent has no extended card");
        }
        if (!call.authenticated()) {
            throw new A2aException(A2aError.UNAUTHENTICATED, "The extended card is for authenticated callers");
        }
        if (extendedCard == null) {
            throw new A2aException(A2aError.EXTENDED_AGENT_CARD_NOT_CONFIGURED, null);
        }
        return extendedCard;
    }
}
