package io.agentwire.aonp.m2tp;

/** Told how far a send has got; called from the sending thread after each object. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (sent, total) -> { };

    /**
     * @param sent  bytes handed to the transport so far
     * @param total the message size when known, else -1
     */
    void progress(long sent, long total);
}
