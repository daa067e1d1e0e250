package io.agentwire.mcp.client;

import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.auth.ClientAuthorizer;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Everything the builder collected, frozen. */
record ClientConfig(TransportSpec transport, Negotiation negotiation, ObjectNode clientInfo, ObjectNode extraCapabilities,
                    ClientRequestHandler sampling, ClientRequestHandler elicitation, ClientRequestHandler roots,
                    Duration requestTimeout, ClientAuthorizer authorizer, int maxMessageBytes, int maxInputRounds,
                    LoggingLevel logLevel) {

    /** The capabilities this client declares: one entry per handler, plus what the caller added. */
    ObjectNode capabilities(JsonMapper mapper) {
        ObjectNode caps = mapper.createObjectNode();
        if (roots != null) {
            caps.putObject("roots").put("listChanged", true);
        }
        if (sampling != null) {
            caps.putObject("sampling");
        }
        if (elicitation != null) {
            ObjectNode elicit = caps.putObject("elicitation");
            elicit.putObject("form");
            elicit.putObject("url");
        }
        if (extraCapabilities != null) {
            caps.setAll(extraCapabilities);
        }
        return caps;
    }
}
