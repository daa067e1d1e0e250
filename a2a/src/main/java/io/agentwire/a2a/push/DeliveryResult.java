package io.agentwire.a2a.push;

/**
 * How one push notification delivery ended.
 *
 * @param delivered  whether the webhook acknowledged it with a 2xx status
 * @param attempts   how many HTTP requests were sent; 0 when the delivery was dropped from a full queue, refused by
 *                   the URL policy before any request, or abandoned because the sender closed
 * @param lastStatus the HTTP status of the last response, or 0 if no response was received
 * @param lastError  why the delivery failed (the last attempt's error), or {@code null} when delivered; never
 *                   contains credentials, tokens or the webhook URL's path
 */
public record DeliveryResult(boolean delivered, int attempts, int lastStatus, String lastError) {

    static DeliveryResult success(int attempts, int status) {
        return new DeliveryResult(true, attempts, status, null);
    }

    static DeliveryResult failure(int attempts, int lastStatus, String error) {
        return new DeliveryResult(false, attempts, lastStatus, error);
    }

    static DeliveryResult notAttempted(String error) {
        return new DeliveryResult(false, 0, 0, error);
    }
}
