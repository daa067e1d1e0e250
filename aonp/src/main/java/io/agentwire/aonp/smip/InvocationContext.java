package io.agentwire.aonp.smip;

import java.util.concurrent.CompletableFuture;

/**
 * The server side of one invocation, handed to {@link SmipService#invoke}. Every method is thread safe; calls
 * after the invocation ended (including after the client canceled it) do nothing and return false.
 */
public interface InvocationContext {
    /** The invocation id, unique within the session. */
    long id();

    /** The operation hint from INVOKE (e.g. {@code mcp/tools/call}), or null. */
    String operation();

    /**
     * The A2P grant reference this invocation cites, or else the one the session was opened with, or null. SMIP
     * carries it; checking it (a2p.md) is the service's or its gateway's job.
     */
    byte[] grant();

    /** The agent name the client opened the session with (SESSION_OPEN {@code to}), or null. */
    String sessionTarget();

    /** The request payload. */
    Payload request();

    InvocationState state();

    /** Sends PROGRESS (the invocation is working). */
    boolean progress(ProgressUpdate update);

    /**
     * Sends INPUT_REQUIRED ({@code state} is input-required or auth-required); the future completes with the
     * client's INPUT, or is canceled if the invocation is canceled first.
     */
    CompletableFuture<Payload> requestInput(InvocationState state, Payload prompt);

    /** Sends RESULT. */
    boolean complete(Payload result);

    /** Sends ERROR in state failed with {@code code} (an SMIP or application code) and optional detail. */
    boolean fail(long code, String reason, Payload detail);

    /** Sends ERROR in state rejected; only legal before any progress. */
    boolean reject(long code, String reason);

    /** Runs {@code action} once if the invocation is canceled (by CANCEL or the session ending). */
    void onCancel(Runnable action);

    boolean isCanceled();
}
