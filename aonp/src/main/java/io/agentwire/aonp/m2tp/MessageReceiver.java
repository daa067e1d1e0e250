package io.agentwire.aonp.m2tp;

/** Decides where each incoming message goes. Called once per group, before its first chunk. */
@FunctionalInterface
public interface MessageReceiver {
    MessageSink open(MessageInfo info) throws java.io.IOException;
}
