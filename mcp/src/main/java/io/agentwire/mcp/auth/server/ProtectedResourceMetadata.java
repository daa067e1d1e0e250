package io.agentwire.mcp.auth.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RFC 9728 protected resource metadata document, and where it lives. For a resource with a path, RFC 9728 puts the
 * well-known segment between host and path ({@code /.well-known/oauth-protected-resource/mcp}); MCP clients fall back
 * to the root ({@code /.well-known/oauth-protected-resource}), so the document is served there too.
 */
public final class ProtectedResourceMetadata {
    /** The RFC 9728 well-known path prefix. */
    public static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";
    /** The media type to serve the document with. */
    public static final String CONTENT_TYPE = "application/json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ResourceServerConfig config;
    private final List<String> paths;
    private final URI url;
    private final byte[] document;

    public ProtectedResourceMetadata(ResourceServerConfig config) {
        this.config = config;
        URI resource = config.resource();
        String path = resource.getRawPath();
        this.paths = path == null || path.isEmpty() || path.equals("/") ? List.of(WELL_KNOWN) : List.of(WELL_KNOWN + path, WELL_KNOWN);
        this.url = URI.create(resource.getScheme() + "://" + resource.getRawAuthority() + paths.get(0));
        this.document = MAPPER.writeValueAsBytes(json(MAPPER));
    }

    /** The request paths the document is served at, the most specific first. */
    public List<String> paths() {
        return paths;
    }

    /** Whether a GET of {@code requestPath} should be answered with this document. */
    public boolean servesPath(String requestPath) {
        return paths.contains(requestPath);
    }

    /** The absolute URL named in {@code resource_metadata=} of challenges (the most specific well-known URL). */
    public URI url() {
        return url;
    }

    /** The document, serialised once: answer a GET of one of {@link #paths()} with 200, {@link #CONTENT_TYPE} and these bytes. */
    public byte[] documentBytes() {
        return document.clone();
    }

    /** The document as a string, e.g. for logs and tests. */
    public String documentString() {
        return new String(document, StandardCharsets.UTF_8);
    }

    /** The document as a JSON tree built with {@code mapper}. */
    public ObjectNode json(JsonMapper mapper) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("resource", config.resource().toString());
        ArrayNode servers = doc.putArray("authorization_servers");
        config.issuers().forEach(i -> servers.add(i.issuer().toString()));
        if (!config.scopesSupported().isEmpty()) {
            // omitted when empty: clients then request no scope rather than an empty list
            ArrayNode scopes = doc.putArray("scopes_supported");
            config.scopesSupported().forEach(scopes::add);
        }
        doc.putArray("bearer_methods_supported").add("header");
        if (config.resourceName() != null) {
            doc.put("resource_name", config.resourceName());
        }
        if (config.resourceDocumentation() != null) {
            doc.put("resource_documentation", config.resourceDocumentation().toString());
        }
        return doc;
    }
}
