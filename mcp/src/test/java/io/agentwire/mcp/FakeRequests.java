package io.agentwire.mcp;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** A {@link RequestContext} carrying only arguments; a proxy so that it follows the interface as it grows. */
final class FakeRequests {
    private FakeRequests() {
    }

    static RequestContext withArguments(JsonNode arguments) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            switch (method.getName()) {
                case "arguments":
                    return arguments;
                case "protocolVersion":
                    return ProtocolVersion.LATEST;
                case "meta":
                case "clientCapabilities":
                    return JsonNodeFactory.instance.objectNode();
                case "uriVariables":
                case "inputResponses":
                    return Map.of();
                case "requestState":
                    return Optional.empty();
                case "isCancelled":
                    return false;
                case "toString":
                    return "FakeRequest" + arguments;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    return null;
            }
        };
        return (RequestContext) Proxy.newProxyInstance(RequestContext.class.getClassLoader(),
                new Class<?>[] {RequestContext.class}, handler);
    }
}
