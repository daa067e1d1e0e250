package io.agentwire.a2a.error;

/**
 * Every error an A2A operation can end with, and how each binding spells it (specification section 5.4's mapping
 * table): the JSON-RPC code, the gRPC status, the HTTP status of the HTTP+JSON binding, and the {@code ErrorInfo}
 * reason (the name in upper snake case without "Error").
 */
public enum A2aError {
    TASK_NOT_FOUND(-32001, "NOT_FOUND", 404, "Task not found"),
    TASK_NOT_CANCELABLE(-32002, "FAILED_PRECONDITION", 400, "Task cannot be canceled"),
    PUSH_NOTIFICATION_NOT_SUPPORTED(-32003, "FAILED_PRECONDITION", 400, "Push notifications are not supported"),
    UNSUPPORTED_OPERATION(-32004, "FAILED_PRECONDITION", 400, "This operation is not supported"),
    CONTENT_TYPE_NOT_SUPPORTED(-32005, "INVALID_ARGUMENT", 400, "Incompatible content types"),
    INVALID_AGENT_RESPONSE(-32006, "INTERNAL", 500, "Invalid agent response"),
    EXTENDED_AGENT_CARD_NOT_CONFIGURED(-32007, "FAILED_PRECONDITION", 400, "Extended agent card is not configured"),
    EXTENSION_SUPPORT_REQUIRED(-32008, "FAILED_PRECONDITION", 400, "A required extension was not requested"),
    VERSION_NOT_SUPPORTED(-32009, "FAILED_PRECONDITION", 400, "Protocol version not supported"),
    // The JSON-RPC 2.0 codes, which the other bindings map to their own invalid-request and internal statuses.
    PARSE_ERROR(-32700, "INVALID_ARGUMENT", 400, "Invalid JSON"),
    INVALID_REQUEST(-32600, "INVALID_ARGUMENT", 400, "Invalid request"),
    METHOD_NOT_FOUND(-32601, "UNIMPLEMENTED", 404, "Method not found"),
    INVALID_PARAMS(-32602, "INVALID_ARGUMENT", 400, "Invalid parameters"),
    INTERNAL_ERROR(-32603, "INTERNAL", 500, "Internal error"),
    // Not in the A2A table: refusals by the transport's security layer, which the bindings express natively.
    UNAUTHENTICATED(-32603, "UNAUTHENTICATED", 401, "Authentication required"),
    PERMISSION_DENIED(-32603, "PERMISSION_DENIED", 403, "Permission denied");

    /** The {@code ErrorInfo.domain} of A2A errors. */
    public static final String DOMAIN = "a2a-protocol.org";

    private final int jsonRpcCode;
    private final String grpcStatus;
    private final int httpStatus;
    private final String defaultMessage;

    A2aError(int jsonRpcCode, String grpcStatus, int httpStatus, String defaultMessage) {
        this.jsonRpcCode = jsonRpcCode;
        this.grpcStatus = grpcStatus;
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    public int jsonRpcCode() {
        return jsonRpcCode;
    }

    /** The name of the {@code google.rpc.Code}, e.g. {@code NOT_FOUND}. */
    public String grpcStatus() {
        return grpcStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /** {@code ErrorInfo.reason}: the enum name, which is the error's name in upper snake case. */
    public String reason() {
        return name();
    }

    /** Whether this is one of the A2A-specific errors (-32001 … -32009) rather than a JSON-RPC one. */
    public boolean isA2aSpecific() {
        return jsonRpcCode <= -32001 && jsonRpcCode >= -32099;
    }

    /** The A2A error a JSON-RPC code stands for; unknown codes read as internal errors. */
    public static A2aError fromJsonRpcCode(int code) {
        for (A2aError error : values()) {
            if (error.jsonRpcCode == code) {
                return error;
            }
        }
        return INTERNAL_ERROR;
    }

    /** The A2A error named by an {@code ErrorInfo.reason}, or {@code null}. */
    public static A2aError fromReason(String reason) {
        for (A2aError error : values()) {
            if (error.name().equals(reason)) {
                return error;
            }
        }
        return null;
    }
}
