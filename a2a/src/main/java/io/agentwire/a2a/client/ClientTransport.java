package io.agentwire.a2a.client;

import com.google.protobuf.Message;
import io.agentwire.a2a.model.StreamResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One binding on the client side. Unary operations are named by their A2A operation name (the JSON-RPC method) and
 * take and return model messages; the transport knows how its binding carries each. Failures are
 * {@link io.agentwire.a2a.error.A2aException}s.
 */
interface ClientTransport extends AutoCloseable {

    /** Sends {@code request} as operation {@code operation} and parses the answer into {@code responseType}'s builder. */
    <T extends Message> T call(String operation, Message request, T responseType);

    /**
     * Starts a streaming operation ({@code SendStreamingMessage} or {@code SubscribeToTask}); events reach
     * {@code events} in order on one thread; the future completes when the server ends the stream.
     */
    CompletableFuture<Void> stream(String operation, Message request, Consumer<StreamResponse> events);

    @Override
    void close();
}
