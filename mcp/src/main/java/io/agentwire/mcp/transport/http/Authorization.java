package io.agentwire.mcp.transport.http;


import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.mcp.auth.server.BearerGuard;

/** Applies the resource-server guard to an exchange, answering refusals with their challenge. */
final class Authorization {
    private final BearerGuard guard;
    private final HttpReplies replies;

    Authorization(BearerGuard guard, HttpReplies replies) {
        this.guard = guard;
        this.replies = replies;
    }

    /** Whether the request may go on; if not, the refusal has been sent. */
    boolean allows(HttpExchange exchange, String toolName) {
        if (guard == null) {
            return true;
        }
        BearerGuard.Decision decision = guard.check(exchange.header("Authorization"), toolName);
        if (decision.allowed()) {
            return true;
        }
        String message = switch (decision.status()) {
            case 403 -> "Forbidden: insufficient scope";
            case 503 -> "Service Unavailable: the authorization server's keys cannot be fetched";
            default -> "Unauthorized";
        };
        replies.message(exchange, decision.status(), new JsonRpcErrorResponse(null, new JsonRpcError(-32001, message)),
                decision.headers());
        return false;
    }
}
