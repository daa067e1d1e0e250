package io.agentwire.a2a.transport.rest;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Errors of the HTTP+JSON binding (specification section 11.6): the HTTP status of the error table and a
 * {@code google.rpc.Status} body, {@code {"error":{"code","status","message","details":[ErrorInfo]}}}.
 */
final class RestErrors {
    private final JsonMapper mapper;

    RestErrors(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String body(A2aException error) {
        A2aError kind = error.error();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode status = root.putObject("error");
        status.put("code", kind.httpStatus());
        status.put("status", kind.grpcStatus());
        status.put("message", error.getMessage());
        ObjectNode info = status.putArray("details").addObject();
        info.put("@type", "type.googleapis.com/google.rpc.ErrorInfo");
        info.put("reason", kind.reason());
        info.put("domain", A2aError.DOMAIN);
        return mapper.writeValueAsString(root);
    }
}
