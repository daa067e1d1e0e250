package io.agentwire.a2a.card;

import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;

/**
 * Serves the public Agent Card at {@code /.well-known/agent-card.json} and at the pre-0.3 {@code agent.json} path,
 * with the caching headers of specification section 8.6: a strong {@code ETag} from the content, {@code Cache-Control}
 * and {@code Last-Modified}, and {@code 304 Not Modified} for a matching {@code If-None-Match}.
 */
public final class AgentCardEndpoint {
    public static final String PATH = "/.well-known/agent-card.json";
    public static final String LEGACY_PATH = "/.well-known/agent.json";

    private final byte[] body;
    private final String etag;
    private final String lastModified;
    private final String cacheControl;

    public AgentCardEndpoint(AgentCard card, Duration maxAge) {
        this(ProtoJson.printBytes(card), maxAge);
    }

    /** Serves {@code cardJson} as it is, e.g. a card that also carries 0.3 fields for older clients. */
    public AgentCardEndpoint(byte[] cardJson, Duration maxAge) {
        this.body = cardJson.clone();
        this.etag = "\"" + sha256(body) + "\"";
        this.lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    public static boolean handles(String path) {
        return PATH.equals(path) || LEGACY_PATH.equals(path);
    }

    public void serve(HttpExchange exchange) {
        if (!"GET".equals(exchange.method()) && !"HEAD".equals(exchange.method())) {
            exchange.respond(405, Map.of("Allow", "GET, HEAD"), new byte[0]);
            return;
        }
        Map<String, String> headers = Map.of("Content-Type", "application/json", "ETag", etag,
                "Cache-Control", cacheControl, "Last-Modified", lastModified);
        if (matches(exchange.header("If-None-Match"))) {
            exchange.respond(304, Map.of("ETag", etag, "Cache-Control", cacheControl), new byte[0]);
            return;
        }
        exchange.respond(200, headers, "HEAD".equals(exchange.method()) ? new byte[0] : body);
    }

    public String etag() {
        return etag;
    }

    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
