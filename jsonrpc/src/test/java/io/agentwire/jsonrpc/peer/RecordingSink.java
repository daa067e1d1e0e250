package io.agentwire.jsonrpc.peer;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;

/** A sink that keeps what the peer sends, round-tripped through the codec so that only wire-legal messages pass. */
final class RecordingSink implements MessageSink {
    record Sent(JsonRpcMessage message, JsonRpcId relatedRequestId) {
    }

    private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    private final JsonRpcCodec codec = JsonRpcCodec.standard();

    @Override
    public void send(JsonRpcMessage message) {
        send(message, null);
    }

    @Override
    public void send(JsonRpcMessage message, JsonRpcId relatedRequestId) {
        sent.add(new Sent(codec.decodeSingle(codec.encode(message)), relatedRequestId));
    }

    Sent nextSent() throws InterruptedException {
        Sent next = sent.poll(5, TimeUnit.SECONDS);
        assertNotNull(next, "expected the peer to send a message within 5 s");
        return next;
    }

    <T extends JsonRpcMessage> T next(Class<T> type) throws InterruptedException {
        return assertInstanceOf(type, nextSent().message());
    }

    void assertNothingSent(long waitMillis) throws InterruptedException {
        Sent unexpected = sent.poll(waitMillis, TimeUnit.MILLISECONDS);
        assertNull(unexpected, () -> "unexpected message: " + unexpected);
    }
}
