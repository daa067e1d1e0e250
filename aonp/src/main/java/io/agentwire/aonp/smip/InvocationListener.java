package io.agentwire.aonp.smip;

/** Client-side callbacks for the interim frames of one invocation; they run on the connection's thread. */
public interface InvocationListener {
    InvocationListener NONE = new InvocationListener() {
    };

    /** A PROGRESS frame. */
    default void onProgress(Invocation invocation, ProgressUpdate update) {
    }

    /** An INPUT_REQUIRED frame; answer with {@link Invocation#sendInput} (now or later) or cancel. */
    default void onInputRequired(Invocation invocation, InputRequest request) {
    }
}
