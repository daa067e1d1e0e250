package io.agentwire.jsonrpc.peer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;

/**
 * Two peers wired back to back through bytes: every message is encoded by the codec and decoded again before
 * the other side receives it, as a real transport would. Also records which inbound request each message was
 * sent on behalf of, keyed by method.
 */
final class WirePair {
    final JsonRpcCodec codec = JsonRpcCodec.standard();
    final AtomicLong messagesOnWire = new AtomicLong();
    final AtomicLong bytesOnWire = new AtomicLong();
    final Map<String, JsonRpcId> relatedByMethod = new ConcurrentHashMap<>();
    final JsonRpcPeer a;
    final JsonRpcPeer b;

    WirePair(UnaryOperator<JsonRpcPeer.Builder> configureA, UnaryOperator<JsonRpcPeer.Builder> configureB) {
        AtomicReference<JsonRpcPeer> toA = new AtomicReference<>();
        AtomicReference<JsonRpcPeer> toB = new AtomicReference<>();
        a = configureA.apply(JsonRpcPeer.builder().name("a").sink(wireTo(toB))).build();
        b = configureB.apply(JsonRpcPeer.builder().name("b").sink(wireTo(toA))).build();
        toA.set(a);
        toB.set(b);
    }

    private MessageSink wireTo(AtomicReference<JsonRpcPeer> receiver) {
        return new MessageSink() {
            @Override
            public void send(JsonRpcMessage message) {
                send(message, null);
            }

            @Override
            public void send(JsonRpcMessage message, JsonRpcId relatedRequestId) {
                if (relatedRequestId != null) {
                    if (message instanceof JsonRpcRequest request) {
                        relatedByMethod.put(request.method(), relatedRequestId);
                    } else if (message instanceof JsonRpcNotification notification) {
                        relatedByMethod.put(notification.method(), relatedRequestId);
                    }
                }
                byte[] bytes = codec.encode(message);
                messagesOnWire.incrementAndGet();
                bytesOnWire.addAndGet(bytes.length);
                receiver.get().receive(codec.decodeSingle(bytes));
            }
        };
    }
}
