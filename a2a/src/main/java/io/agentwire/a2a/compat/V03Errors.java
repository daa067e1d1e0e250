package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import java.util.EnumMap;
import java.util.Map;

/**
 * A2A errors by their 0.3 type names ({@code TaskNotFoundError}, ...), which is how the 0.3 gRPC and HTTP+JSON
 * bindings tell them apart: 0.3 had no {@code ErrorInfo} reasons, and its SDKs put the name into the gRPC status
 * description ({@code "TaskNotFoundError: ..."}) and the REST error body. Errors 0.3 did not have keep their 1.0
 * names; 0.3 clients read those as generic failures with the HTTP or gRPC status saying the rest.
 */
public final class V03Errors {
    private static final Map<A2aError, String> NAMES = new EnumMap<>(A2aError.class);

    static {
        NAMES.put(A2aError.TASK_NOT_FOUND, "TaskNotFoundError");
        NAMES.put(A2aError.TASK_NOT_CANCELABLE, "TaskNotCancelableError");
        NAMES.put(A2aError.PUSH_NOTIFICATION_NOT_SUPPORTED, "PushNotificationNotSupportedError");
        NAMES.put(A2aError.UNSUPPORTED_OPERATION, "UnsupportedOperationError");
        NAMES.put(A2aError.CONTENT_TYPE_NOT_SUPPORTED, "ContentTypeNotSupportedError");
        NAMES.put(A2aError.INVALID_AGENT_RESPONSE, "InvalidAgentResponseError");
        NAMES.put(A2aError.EXTENDED_AGENT_CARD_NOT_CONFIGURED, "AuthenticatedExtendedCardNotConfiguredError");
        NAMES.put(A2aError.EXTENSION_SUPPORT_REQUIRED, "ExtensionSupportRequiredError");
        NAMES.put(A2aError.VERSION_NOT_SUPPORTED, "VersionNotSupportedError");
        NAMES.put(A2aError.PARSE_ERROR, "JSONParseError");
        NAMES.put(A2aError.INVALID_REQUEST, "InvalidRequestError");
        NAMES.put(A2aError.METHOD_NOT_FOUND, "MethodNotFoundError");
        NAMES.put(A2aError.INVALID_PARAMS, "InvalidParamsError");
        NAMES.put(A2aError.INTERNAL_ERROR, "InternalError");
        NAMES.put(A2aError.UNAUTHENTICATED, "UnauthenticatedError");
        NAMES.put(A2aError.PERMISSION_DENIED, "PermissionDeniedError");
    }

    private V03Errors() {
    }

    /** The 0.3 type name of an error. */
    public static String name(A2aError error) {
        return NAMES.get(error);
    }

    /** The error a 0.3 type name stands for, also with a package before it ({@code io.a2a.spec.TaskNotFoundError}); else {@code null}. */
    public static A2aError fromName(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        for (Map.Entry<A2aError, String> entry : NAMES.entrySet()) {
            if (entry.getValue().equals(simple)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** {@code "TaskNotFoundError: Task x not found"}: the description a 0.3 gRPC status carries. */
    public static String describe(A2aException error) {
        String message = error.getMessage() == null || error.getMessage().isBlank() ? error.error().defaultMessage()
                : error.getMessage();
        return name(error.error()) + ": " + message;
    }

    /** The error a 0.3 description starts with ({@code "TaskNotFoundError: ..."}), or {@code null}. */
    public static A2aException fromDescription(String description, Throwable cause) {
        if (description == null) {
            return null;
        }
        int colon = description.indexOf(':');
        A2aError kind = colon < 0 ? null : fromName(description.substring(0, colon).trim());
        return kind == null ? null : new A2aException(kind, description.substring(colon + 1).trim(), cause);
    }
}
