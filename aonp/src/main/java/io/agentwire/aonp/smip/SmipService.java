package io.agentwire.aonp.smip;

/**
 * What an agent author implements to serve SMIP invocations. SMIP guarantees that {@link #invoke} runs exactly
 * once per invocation, however often the connection drops and the session resumes.
 */
@FunctionalInterface
public interface SmipService {
    /**
     * A new invocation. Read {@link InvocationContext#request()}, then end it once with
     * {@link InvocationContext#complete}, {@link InvocationContext#fail} or {@link InvocationContext#reject},
     * now or later from any thread. This runs on the server's service executor; do not block it unless that
     * executor is meant for blocking work. An exception thrown here fails the invocation.
     */
    void invoke(InvocationContext invocation);
}
