package io.agentwire.a2a.transport.rest;

import com.google.protobuf.Message;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.transport.CallerResolver;
import io.agentwire.a2a.transport.ServiceParameters;
import io.agentwire.a2a.transport.SseStreamSink;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP+JSON binding of A2A 1.0 (specification section 11): resource routes below a base path (with an optional
 * tenant segment), ProtoJSON bodies as {@code application/a2a+json} ({@code application/json} accepted too),
 * query parameters for reads, server-sent events whose {@code data:} is a bare {@code StreamResponse}.
 */
public final class RestBinding implements HttpHandler {
    static final String A2A_JSON = "application/a2a+json";
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", A2A_JSON);

    private final String basePath;
    private final Supplier<A2aOperations> operations;
    private final CallerResolver callers;
    private final String version;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final RestErrors errors = new RestErrors(mapper);

    /** @param basePath the interface's path, e.g. {@code /a2a/rest}, without a trailing slash */
    public RestBinding(String basePath, Supplier<A2aOperations> operations, CallerResolver callers, String version) {
        this.basePath = basePath;
        this.operations = operations;
        this.callers = callers;
        this.version = version;
    }

    /** Whether {@code path} lies below this binding's base path. */
    public boolean handles(String path) {
        return path.equals(basePath) || path.startsWith(basePath + "/");
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            RestRoute route = RestRoute.parse(exchange.method(), exchange.path().substring(basePath.length()));
            if (!route.found()) {
                throw new A2aException(A2aError.METHOD_NOT_FOUND, "No A2A operation at " + exchange.method() + " " + exchange.path());
            }
            checkContentType(exchange);
            CallContext call = ServiceParameters.callContext(exchange, version, callers.caller(exchange), route.tenant());
            dispatch(exchange, route, call);
        } catch (A2aException e) {
            fail(exchange, e);
        }
    }

    private void dispatch(HttpExchange exchange, RestRoute route, CallContext call) {
        A2aOperations ops = operations.get();
        switch (route.operation()) {
            case SEND_MESSAGE:
                ops.sendMessage(call, body(exchange, route, SendMessageRequest.newBuilder()).build()).whenComplete((result, error) -> {
                    if (error != null) {
                        fail(exchange, A2aException.from(error));
                    } else {
                        ok(exchange, result);
                    }
                });
                return;
            case SEND_STREAMING_MESSAGE:
                ops.sendStreamingMessage(call, body(exchange, route, SendMessageRequest.newBuilder()).build(), stream(exchange));
                return;
            case SUBSCRIBE_TO_TASK:
                ops.subscribeToTask(call, SubscribeToTaskRequest.newBuilder().setTenant(route.tenant()).setId(route.id()).build(),
                        stream(exchange));
                return;
            default:
                ok(exchange, unary(ops, exchange, route, call));
        }
    }

    private Message unary(A2aOperations ops, HttpExchange exchange, RestRoute route, CallContext call) {
        switch (route.operation()) {
            case GET_TASK:
                return ops.getTask(call, query(exchange, route, GetTaskRequest.newBuilder()).setId(route.id()).build());
            case LIST_TASKS:
                return ops.listTasks(call, query(exchange, route, ListTasksRequest.newBuilder()).build());
            case CANCEL_TASK:
                return ops.cancelTask(call, body(exchange, route, CancelTaskRequest.newBuilder()).setId(route.id()).build());
            case CREATE_PUSH_CONFIG:
                return ops.createPushConfig(call, body(exchange, route, TaskPushNotificationConfig.newBuilder())
                        .setTaskId(route.id()).build());
            case GET_PUSH_CONFIG:
                return ops.getPushConfig(call, GetTaskPushNotificationConfigRequest.newBuilder().setTenant(route.tenant())
                        .setTaskId(route.id()).setId(route.configId()).build());
            case LIST_PUSH_CONFIGS:
                return ops.listPushConfigs(call, query(exchange, route, ListTaskPushNotificationConfigsRequest.newBuilder())
                        .setTaskId(route.id()).build());
            case DELETE_PUSH_CONFIG:
                ops.deletePushConfig(call, DeleteTaskPushNotificationConfigRequest.newBuilder().setTenant(route.tenant())
                        .setTaskId(route.id()).setId(route.configId()).build());
                return com.google.protobuf.Empty.getDefaultInstance();
            case GET_EXTENDED_CARD:
                return ops.getExtendedAgentCard(call, GetExtendedAgentCardRequest.newBuilder().setTenant(route.tenant()).build());
            default:
                throw new IllegalStateException("unrouted " + route.operation());
        }
    }

    /** The request body as a message; an empty body is an empty message. The route's tenant fills in a missing one. */
    private static <B extends Message.Builder> B body(HttpExchange exchange, RestRoute route, B builder) {
        byte[] body = exchange.body();
        if (body.length > 0) {
            ProtoJson.parse(body, builder);
        }
        setTenant(builder, route.tenant());
        return builder;
    }

    /** Query parameters as fields: ProtoJSON then handles names, numbers, enums and timestamps as in a body. */
    private <B extends Message.Builder> B query(HttpExchange exchange, RestRoute route, B builder) {
        ObjectNode fields = mapper.createObjectNode();
        String query = exchange.query();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equalsIgnoreCase(ServiceParameters.VERSION)) {
                    continue;
                }
                if (value.equals("true") || value.equals("false")) {
                    fields.put(key, Boolean.parseBoolean(value));
                } else {
                    fields.put(key, value);
                }
            }
        }
        ProtoJson.parse(fields, builder);
        setTenant(builder, route.tenant());
        return builder;
    }

    private static void setTenant(Message.Builder builder, String tenant) {
        com.google.protobuf.Descriptors.FieldDescriptor field = builder.getDescriptorForType().findFieldByName("tenant");
        if (field != null && !tenant.isEmpty() && ((String) builder.getField(field)).isEmpty()) {
            builder.setField(field, tenant);
        }
    }

    private static void checkContentType(HttpExchange exchange) {
        String type = exchange.header("Content-Type");
        if (exchange.body().length == 0 || type == null) {
            return;
        }
        String base = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!base.equals(A2A_JSON) && !base.equals("application/json")) {
            throw new A2aException(A2aError.INVALID_REQUEST, "Send application/a2a+json or application/json, not " + type);
        }
    }

    private SseStreamSink stream(HttpExchange exchange) {
        return new SseStreamSink(() -> exchange.openSse(200, Map.of("X-Accel-Buffering", "no")), ProtoJson::print,
                errors::body, error -> fail(exchange, error));
    }

    private static void ok(HttpExchange exchange, Message result) {
        exchange.respond(200, JSON_HEADERS, ProtoJson.printBytes(result));
    }

    private void fail(HttpExchange exchange, A2aException error) {
        exchange.respond(error.error().httpStatus(), JSON_HEADERS, errors.body(error).getBytes(StandardCharsets.UTF_8));
    }

}
