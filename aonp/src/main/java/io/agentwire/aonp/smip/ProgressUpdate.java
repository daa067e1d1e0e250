package io.agentwire.aonp.smip;

/**
 * What a PROGRESS frame tells the client.
 *
 * @param message a status line, or null
 * @param done    units done, or null
 * @param total   units in all, or null
 * @param partial partial output or a status event, or null
 */
public record ProgressUpdate(String message, Long done, Long total, Payload partial) {
    public static ProgressUpdate of(String message) {
        return new ProgressUpdate(message, null, null, null);
    }
}
