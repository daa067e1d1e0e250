package io.agentwire.a2a;

/**
 * What an agent author implements: the agent's reaction to one incoming message. The executor reads the message
 * from the {@link RequestContext} and reports through the {@link EventSink}: either one direct reply
 * ({@link EventSink#reply}) or task events (status changes, artifacts) ending in a terminal or interrupted state.
 * It may return before the task ends and keep emitting from other threads; the sink is thread-safe.
 */
@FunctionalInterface
public interface AgentExecutor {

    void execute(RequestContext context, EventSink events) throws Exception;

    /**
     * Asked to stop a running task ({@code CancelTask}). The default marks the task canceled at once; override to
     * stop work first, then call {@link EventSink#cancel}.
     */
    default void cancel(RequestContext context, EventSink events) throws Exception {
        events.cancel(null);
    }
}
