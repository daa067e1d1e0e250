package io.agentwire.mcp;

/**
 * A task-supporting tool that decides itself when it becomes a task: it runs synchronously (and may gather input
 * through multi round-trip requests) until it calls {@link RequestContext#beginTask()}; from then on the client
 * holds a task and the handler's result becomes the task's result. Plain {@link ToolHandler}s of task-supporting
 * tools become tasks before they start.
 */
@FunctionalInterface
public interface DeferredTaskHandler extends ToolHandler {
}
