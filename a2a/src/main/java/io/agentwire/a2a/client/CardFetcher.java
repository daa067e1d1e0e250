package io.agentwire.a2a.client;

import io.agentwire.a2a.compat.V03Cards;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.AgentCard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an agent's public card from {@code /.well-known/agent-card.json}, falling back to the pre-0.3
 * {@code agent.json} when the first answers 404 or 405, as agents in the wild still publish only the old one. A 0.3
 * card is read into the 1.0 model with its interfaces marked as 0.3.
 */
final class CardFetcher {
    /** Cards are a few KiB; a megabyte leaves room for large skill lists and signatures. */
    static final int MAX_CARD_BYTES = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CardFetcher() {
    }

    static AgentCard fetch(HttpClient http, URI agentUrl, Duration timeout) {
        String base = agentUrl.toString().replaceFirst("/+$", "");
        HttpResponse<String> response = get(http, URI.create(base + "/.well-known/agent-card.json"), timeout);
        if (response.statusCode() == 404 || response.statusCode() == 405) {
            response = get(http, URI.create(base + "/.well-known/agent.json"), timeout);
        }
        if (response.statusCode() != 200) {
            throw new A2aException(A2aError.INVALID_AGENT_RESPONSE, "No Agent Card at " + base + " (HTTP " + response.statusCode() + ")");
        }
        AgentCard card;
        try {
            card = parse(response.body());
        } catch (A2aException e) {
            throw new A2aException(A2aError.INVALID_AGENT_RESPONSE, "The Agent Card at " + base + " is malformed: "
                    + e.getMessage(), e);
        }
        if (card.getName().isEmpty() || card.getSupportedInterfacesCount() == 0) {
            throw new A2aException(A2aError.INVALID_AGENT_RESPONSE, "The Agent Card at " + base + " lacks a name or interfaces");
        }
        return card;
    }

    /** A 1.0 card (or one carrying both versions), or a 0.3 card read into the 1.0 model. */
    private static AgentCard parse(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            throw A2aException.invalidParams("not JSON: " + e.getOriginalMessage());
        }
        if (V03Cards.isV03Card(json)) {
            return V03Cards.fromV03(json);
        }
        return ProtoJson.parse(body, AgentCard.newBuilder()).build();
    }

    private static HttpResponse<String> get(HttpClient http, URI uri, Duration timeout) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build(),
                    BoundedBody.handler(MAX_CARD_BYTES));
        } catch (IOException e) {
            throw new A2aException(A2aError.INTERNAL_ERROR, "Cannot read the Agent Card at " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new A2aException(A2aError.INTERNAL_ERROR, "Interrupted reading " + uri, e);
        }
    }
}
