package io.agentwire.mcp.server;

import java.util.Map;
import java.util.Optional;

/** STUB: RFC 6570 URI template (to be implemented). */
public final class UriTemplate {
    private final String template;

    private UriTemplate(String template) {
        this.template = template;
    }

    public static UriTemplate parse(String template) {
        return new UriTemplate(template);
    }

    public String template() {
        return template;
    }

    /** The variable values if the URI is an expansion of this template. */
    public Optional<Map<String, String>> match(String uri) {
        return Optional.empty();
    }

    public String expand(Map<String, ?> variables) {
        return template;
    }
}
