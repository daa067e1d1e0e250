package io.agentwire.a2a.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.SecurityScheme;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth 2 client credentials grant (RFC 6749 §4.4) for agent-to-agent calls: the client authenticates to the
 * token endpoint with {@code client_secret_basic}, caches the token and fetches a new one shortly before it expires.
 * The token endpoint can be taken from the agent's card ({@link #fromCard}).
 */
public final class ClientCredentialsTokenProvider implements TokenProvider {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final URI tokenUrl;
    private final String basicAuth;
    private final List<String> scopes;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    private ClientCredentialsTokenProvider(URI tokenUrl, String clientId, String clientSecret, List<String> scopes,
            HttpClient http, Duration timeout, Clock clock) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.basicAuth = "Basic " + Base64.getEncoder().encodeToString((form(clientId) + ":" + form(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
        this.scopes = List.copyOf(scopes);
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** A provider for {@code tokenUrl} with the given client credentials, asking for {@code scopes}. */
    public static ClientCredentialsTokenProvider create(URI tokenUrl, String clientId, String clientSecret,
            List<String> scopes) {
        return new ClientCredentialsTokenProvider(tokenUrl, clientId, clientSecret, scopes,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Duration.ofSeconds(10),
                Clock.systemUTC());
    }

    /** Takes the token endpoint from the client credentials flow of the card's OAuth 2 scheme {@code schemeName}. */
    public static ClientCredentialsTokenProvider fromCard(AgentCard card, String schemeName, String clientId,
            String clientSecret, List<String> scopes) {
        SecurityScheme scheme = card.getSecuritySchemesMap().get(schemeName);
        if (scheme == null || !scheme.hasOauth2SecurityScheme()
                || !scheme.getOauth2SecurityScheme().getFlows().hasClientCredentials()) {
            throw new IllegalArgumentException("The card has no OAuth 2 client credentials scheme " + schemeName);
        }
        String url = scheme.getOauth2SecurityScheme().getFlows().getClientCredentials().getTokenUrl();
        return create(URI.create(url), clientId, clientSecret, scopes);
    }

    @Override
    public synchronized String accessToken() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    @Override
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        String body = "grant_type=client_credentials" + (scopes.isEmpty() ? "" : "&scope=" + form(String.join(" ", scopes)));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", basicAuth)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new A2aException(A2aError.UNAUTHENTICATED, "Token endpoint " + tokenUrl + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new A2aException(A2aError.UNAUTHENTICATED, "Interrupted while fetching a token", e);
        }
        JsonNode json = parse(response.body());
        if (response.statusCode() != 200 || !json.path("access_token").isString()) {
            throw new A2aException(A2aError.UNAUTHENTICATED, "Token endpoint refused the client (HTTP "
                    + response.statusCode() + "): " + json.path("error").asString("no token in the answer") + " "
                    + json.path("error_description").asString(""));
        }
        if (!json.path("token_type").asString("").equalsIgnoreCase("bearer")) {
            throw new A2aException(A2aError.UNAUTHENTICATED, "Unsupported token type " + json.path("token_type"));
        }
        token = json.path("access_token").asString();
        long lifetime = json.path("expires_in").asLong(300);
        renewAt = clock.instant().plusSeconds(lifetime).minus(RENEW_BEFORE_EXPIRY);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            return JSON.createObjectNode();
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
