package io.agentwire.a2a.push;

/**
 * How one push delivery ended.
 *
 * @param delivered  whether the webhook answered 2xx
 * @param attempts   how many requests were made
 * @param lastStatus the last HTTP status, or 0 when no response came
 * @param lastError  why the last attempt failed, or empty
 */
public record DeliveryResult(boolean delivered, int attempts, int lastStatus, String lastError) {
}
