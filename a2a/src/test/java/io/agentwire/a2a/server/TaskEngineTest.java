package io.agentwire.a2a.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.AgentExecutor;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.store.FileTaskStore;
import io.agentwire.a2a.store.InMemoryTaskStore;
import io.agentwire.a2a.store.TaskStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's rules, without any binding: lifecycle, executor misbehaviour, scoping, persistence. */
class TaskEngineTest {
    private static final AgentCard CARD = AgentCard.newBuilder().setName("t").setDescription("t").setVersion("1")
            .setCapabilities(AgentCapabilities.newBuilder().setStreaming(true)).build();

    private static TaskEngine engine(AgentExecutor executor, TaskStore store) {
        return new TaskEngine(CARD, null, executor, store, Runnable::run, PushDispatcher.NONE, url -> { });
    }

    private static SendMessageRequest send(String text) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId("m-" + text).setRole(Role.ROLE_USER)
                .addParts(Part.newBuilder().setText(text))).build();
    }

    private static SendMessageResponse await(TaskEngine engine, CallContext call, SendMessageRequest request) throws Exception {
        return engine.sendMessage(call, request).get(5, TimeUnit.SECONDS);
    }

    private static final CallContext ALICE = new CallContext("1.0", List.of(), "alice", "");
    private static final CallContext BOB = new CallContext("1.0", List.of(), "bob", "");

    @Test
    void eventsAfterATerminalStateAreRefusedToTheExecutor() throws Exception {
        List<Throwable> refused = new java.util.ArrayList<>();
        TaskEngine engine = engine((context, events) -> {
            events.complete(null);
            try {
                events.working(null);
            } catch (IllegalStateException e) {
                refused.add(e);
            }
        }, new InMemoryTaskStore());
        assertEquals(TaskState.TASK_STATE_COMPLETED, await(engine, ALICE, send("x")).getTask().getStatus().getState());
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).getMessage().contains("can no longer change"), refused.get(0).getMessage());
    }

    @Test
    void anExecutorThatThrowsFailsTheTask() throws Exception {
        TaskEngine engine = engine((context, events) -> {
            events.working(null);
            throw new IllegalStateException("boom");
        }, new InMemoryTaskStore());
        Task task = await(engine, ALICE, send("x")).getTask();
        assertEquals(TaskState.TASK_STATE_FAILED, task.getStatus().getState());
        assertTrue(task.getStatus().getMessage().getParts(0).getText().contains("boom"));
    }

    @Test
    void anExecutorThatSaysNothingIsAnInvalidAgentResponse() {
        TaskEngine engine = engine((context, events) -> { }, new InMemoryTaskStore());
        ExecutionException error = assertThrows(ExecutionException.class, () -> await(engine, ALICE, send("x")));
        assertEquals(A2aError.INVALID_AGENT_RESPONSE, ((A2aException) error.getCause()).error());
    }

    @Test
    void aReplyAfterTaskEventsIsRefused() throws Exception {
        List<Throwable> refused = new java.util.ArrayList<>();
        TaskEngine engine = engine((context, events) -> {
            events.working(null);
            try {
                events.reply(events.agentText("late"));
            } catch (IllegalStateException e) {
                refused.add(e);
            }
            events.complete(null);
        }, new InMemoryTaskStore());
        assertEquals(TaskState.TASK_STATE_COMPLETED, await(engine, ALICE, send("x")).getTask().getStatus().getState());
        assertEquals(1, refused.size());
    }

    @Test
    void tasksAreScopedToTheirCaller() throws Exception {
        TaskEngine engine = engine((context, events) -> events.complete(null), new InMemoryTaskStore());
        String id = await(engine, ALICE, send("x")).getTask().getId();
        A2aException hidden = assertThrows(A2aException.class, () -> engine.getTask(BOB, GetTaskRequest.newBuilder().setId(id).build()));
        assertEquals(A2aError.TASK_NOT_FOUND, hidden.error());
        assertEquals(0, engine.listTasks(BOB, ListTasksRequest.getDefaultInstance()).getTasksCount());
        assertEquals(1, engine.listTasks(ALICE, ListTasksRequest.getDefaultInstance()).getTasksCount());
    }

    @Test
    void anInterruptedTaskResumesAfterARestart(@TempDir Path dir) throws Exception {
        AgentExecutor executor = (context, events) -> {
            if (context.currentTask() == null) {
                events.requireInput(events.agentText("more?"));
            } else {
                events.complete(events.agentText("done with " + context.text()));
            }
        };
        String id = await(engine(executor, FileTaskStore.open(dir)), ALICE, send("first")).getTask().getId();

        TaskEngine restarted = engine(executor, FileTaskStore.open(dir));
        SendMessageRequest followUp = SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId("m2")
                .setTaskId(id).setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("second"))).build();
        Task done = await(restarted, ALICE, followUp).getTask();

        assertEquals(TaskState.TASK_STATE_COMPLETED, done.getStatus().getState());
        assertEquals(4, done.getHistoryCount(), "user, agent question, user answer, agent result: " + done);
    }
}
