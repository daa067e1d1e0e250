package io.agentwire.mcp.client;

import io.agentwire.mcp.model.MetaKeys;

import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.client.transport.ClientTransport;
import io.agentwire.mcp.client.transport.HttpStatusException;
import io.agentwire.mcp.client.transport.HttpTransportOptions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Connects: opens the transport and settles the era. Legacy: {@code initialize}, check the revision the server
 * chose, {@code notifications/initialized}. Modern: {@code server/discover} (optional for a pinned revision, so
 * a server that lacks it is tolerated). Auto: probe with {@code server/discover}; any failure that is not a
 * modern answer falls back to {@code initialize}, and over HTTP an {@code initialize} refused with 400, 404 or
 * 405 falls back to the HTTP+SSE transport.
 */
final class Handshake {
    private static final System.Logger LOG = System.getLogger(Handshake.class.getName());
    private static final Duration MAX_PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final ClientSession session;
    private final ConnectionState state;
    private final RequestPipeline pipeline;
    private final HttpTransportOptions httpOptions;

    Handshake(ClientSession session, ConnectionState state, RequestPipeline pipeline, HttpTransportOptions httpOptions) {
        this.session = session;
        this.state = state;
        this.pipeline = pipeline;
        this.httpOptions = httpOptions;
    }

    ServerDescription connect() throws IOException {
        ClientConfig config = session.config();
        Negotiation negotiation = config.negotiation();
        switch (negotiation.mode()) {
            case LEGACY:
                open(config.transport(), false);
                return legacy(ProtocolVersion.LATEST_LEGACY, false);
            case PINNED:
                open(config.transport(), negotiation.version().isModern());
                return negotiation.version().isModern() ? modern(negotiation.version(), true, config.requestTimeout())
                        : legacy(negotiation.version(), false);
            default:
                return auto(config);
        }
    }

    private ServerDescription auto(ClientConfig config) throws IOException {
        open(config.transport(), true);
        Duration probeTimeout = config.requestTimeout().compareTo(MAX_PROBE_TIMEOUT) < 0 ? config.requestTimeout() : MAX_PROBE_TIMEOUT;
        try {
            return modern(ProtocolVersion.LATEST, false, probeTimeout);
        } catch (McpClientException probe) {
            LOG.log(Level.DEBUG, () -> "server/discover probe failed, trying initialize: " + probe.getMessage());
        }
        if (config.transport().isHttp()) {
            open(config.transport(), false); // a session-keeping transport for the legacy era
        }
        return legacy(ProtocolVersion.LATEST_LEGACY, config.transport().kind() == TransportSpec.Kind.STREAMABLE_HTTP);
    }

    private void open(TransportSpec spec, boolean stateless) throws IOException {
        if (session.transport() != null && !spec.isHttp()) {
            return; // stdio speaks both eras over the same process
        }
        ClientTransport transport = spec.open(httpOptions.withStateless(stateless), session.config().maxMessageBytes());
        session.use(transport);
    }

    private ServerDescription modern(ProtocolVersion version, boolean tolerateMissingDiscover, Duration timeout) {
        state.use(version);
        JsonNode result;
        try {
            result = Await.result("server/discover",
                    pipeline.request("server/discover", null, new RequestOptions(timeout, null, false)));
        } catch (McpClientException e) {
            if (tolerateMissingDiscover && e.error() != null && e.code() != LogicalCall.UNSUPPORTED_PROTOCOL_VERSION) {
                LOG.log(Level.DEBUG, () -> "server/discover failed; continuing without server description: " + e.getMessage());
                return connected(new ServerDescription(state.version(), null, null, null));
            }
            throw e;
        }
        List<String> supported = new ArrayList<>();
        result.path("supportedVersions").forEach(v -> supported.add(v.asString("")));
        if (!supported.isEmpty() && !supported.contains(state.version().id()) && !state.adoptNewestModern(supported)) {
            throw new McpClientException("The server supports none of this client's revisions: " + supported);
        }
        JsonNode serverInfo = result.path("_meta").get(MetaKeys.SERVER_INFO);
        if (serverInfo == null) {
            serverInfo = result.get("serverInfo");
        }
        return connected(new ServerDescription(state.version(), result.get("capabilities"), serverInfo,
                result.path("instructions").asString(null)));
    }

    private ServerDescription legacy(ProtocolVersion requested, boolean mayFallBackToSse) throws IOException {
        state.use(requested);
        ObjectNode params = session.mapper().createObjectNode();
        params.put("protocolVersion", requested.id());
        params.set("capabilities", pipeline.envelope().capabilities());
        params.set("clientInfo", pipeline.envelope().clientInfo());
        JsonNode result;
        try {
            result = initialize(params);
        } catch (McpClientException e) {
            HttpStatusException refused = statusOf(e);
            if (!mayFallBackToSse || refused == null || !List.of(400, 404, 405).contains(refused.status())) {
                throw e;
            }
            LOG.log(Level.DEBUG, () -> "initialize refused with HTTP " + refused.status() + "; trying HTTP+SSE");
            session.use(session.config().transport().asHttpSse().open(httpOptions.withStateless(false),
                    session.config().maxMessageBytes()));
            result = initialize(params);
        }
        String chosen = result.path("protocolVersion").asString("");
        ProtocolVersion version = ProtocolVersion.parse(chosen).filter(v -> !v.isModern())
                .orElseThrow(() -> new McpClientException("The server chose a protocol revision this client does not speak: " + chosen));
        state.use(version);
        try {
            session.notifyServer("notifications/initialized", null).get(session.config().requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "notifications/initialized was not accepted: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new McpClientException("Interrupted while connecting", e);
        }
        session.transport().handshakeCompleted(version.id());
        return connected(new ServerDescription(version, result.get("capabilities"), result.get("serverInfo"),
                result.path("instructions").asString(null)));
    }

    private JsonNode initialize(ObjectNode params) {
        return Await.result("initialize", session.start("initialize", params, null, null, null).result());
    }

    private ServerDescription connected(ServerDescription description) {
        state.connected(description);
        return description;
    }

    private static HttpStatusException statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpStatusException status) {
                return status;
            }
        }
        return null;
    }
}
