package io.agentwire.jsonrpc.transport.http;

/**
 * Application logic behind {@link NettyHttpServer}. Called on a Netty event loop: it must not block; hand
 * slow work to an executor and answer the exchange later.
 */
@FunctionalInterface
public interface HttpHandler {
    void handle(HttpExchange exchange);
}
