package io.agentwire.mcp.auth.server;

import java.net.URI;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RFC 9728 protected resource metadata document, and where it lives: at the well-known path suffixed with the
 * resource's path ({@code /.well-known/oauth-protected-resource/mcp}) and, for clients that only try the root, at
 * the bare well-known path.
 */
public final class ProtectedResourceMetadata {
    static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

    private final ResourceServerConfig config;

    public ProtectedResourceMetadata(ResourceServerConfig config) {
        this.config = config;
    }

    /** The paths the document is served at. */
    public List<String> paths() {
        String path = config.resource().getPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return List.of(WELL_KNOWN);
        }
        return List.of(WELL_KNOWN + path, WELL_KNOWN);
    }

    /** The absolute URL named in {@code resource_metadata=} of challenges. */
    public URI url() {
        return config.resource().resolve(paths().get(0));
    }

    public ObjectNode json(JsonMapper mapper) {
        ObjectNode document = mapper.createObjectNode();
        document.put("resource", config.resource().toString());
        document.putArray("authorization_servers").add(config.issuer().toString());
        var scopes = document.putArray("scopes_supported");
        config.scopesSupported().forEach(scopes::add);
        document.putArray("bearer_methods_supported").add("header");
        return document;
    }
}
