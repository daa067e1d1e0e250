package io.agentwire.aonp.smip.wire;

/** A message that belongs to an invocation and is numbered, acknowledged and retransmitted. */
public interface Sequenced extends SmipMessage {
    Long seq();

    Long id();
}
