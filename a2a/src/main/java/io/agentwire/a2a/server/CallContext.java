package io.agentwire.a2a.server;

import java.util.List;

/**
 * What a binding learned about the caller before handing a request to the engine.
 *
 * @param protocolVersion the A2A version the request is to be served with ({@code "1.0"} or {@code "0.3"})
 * @param extensions      extension URIs the client activated
 * @param caller          the authenticated principal's name, or empty for an anonymous caller
 * @param tenant          the tenant from the route or the request, or empty
 */
public record CallContext(String protocolVersion, List<String> extensions, String caller, String tenant) {

    public CallContext {
        extensions = List.copyOf(extensions);
        caller = caller == null ? "" : caller;
        tenant = tenant == null ? "" : tenant;
    }

    public static CallContext anonymous(String protocolVersion) {
        return new CallContext(protocolVersion, List.of(), "", "");
    }

    public boolean authenticated() {
        return !caller.isEmpty();
    }
}
