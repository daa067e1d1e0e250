package io.agentwire.bench.a2a;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.bench.load.RequestProfile;
import io.agentwire.bench.targets.BenchTarget;

/**
 * Agentwire's {@link A2aServer} with a trivial agent that answers every message with a direct "ok" message,
 * registered either as non-blocking (it runs on the I/O thread) or with the blocking-safe default (worker pool).
 */
public final class AgentwireA2aTarget implements BenchTarget {
    public static final String ID = "a2a-agentwire";
    public static final String POOLED_ID = "a2a-agentwire-pooled";
    private static final Message OK = Message.newBuilder().addParts(Part.newBuilder().setText("ok")).build();

    private final boolean pooled;
    private A2aServer server;

    public AgentwireA2aTarget() {
        this(false);
    }

    public AgentwireA2aTarget(boolean pooled) {
        this.pooled = pooled;
    }

    @Override
    public String id() {
        return pooled ? POOLED_ID : ID;
    }

    @Override
    public String label() {
        return pooled ? "Agentwire A2A 1.0, agent on the worker pool" : "Agentwire A2A 1.0, non-blocking agent";
    }

    @Override
    public int start() throws Exception {
        AgentCard card = AgentCard.newBuilder().setName("bench").setDescription("Answers ok").setVersion("1.0.0")
                .setCapabilities(AgentCapabilities.newBuilder().setStreaming(true)).build();
        A2aServer.Builder builder = A2aServer.builder().card(card).host("127.0.0.1").port(0);
        if (pooled) {
            builder.executor((context, events) -> events.reply(OK));
        } else {
            builder.nonBlockingExecutor((context, events) -> events.reply(OK));
        }
        server = builder.start();
        return server.port();
    }

    @Override
    public RequestProfile requestFor(String host, int port) {
        return RequestProfile.constant(A2aRequests.sendMessage(host, port));
    }

    @Override
    public boolean hasSessions() {
        return false;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
