package io.agentwire.aonp.smip;

/**
 * The service's question to the client (INPUT_REQUIRED).
 *
 * @param state  {@link InvocationState#INPUT_REQUIRED} or {@link InvocationState#AUTH_REQUIRED}
 * @param prompt what is asked, or null
 */
public record InputRequest(InvocationState state, Payload prompt) {
}
