package io.agentwire.a2a.compat;

import com.google.protobuf.Empty;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.transport.CallerResolver;
import io.agentwire.a2a.transport.ServiceParameters;
import io.agentwire.a2a.transport.SseStreamSink;
import io.agentwire.a2a.transport.rest.RestRoute;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP+JSON binding of A2A 0.3 over the 1.0 engine: the routes of the 0.3 proto's HTTP annotations below
 * {@code /v1} ({@code POST /v1/message:send}, {@code GET /v1/tasks/{id}}, ...), bodies in ProtoJSON of the 0.3 proto
 * ({@code application/json}), server-sent events whose {@code data:} is each a 0.3 {@code StreamResponse}. Requests
 * must ask for 0.3, as an absent {@code A2A-Version} does. {@code GET /v1/card} answers with the extended card as
 * 0.3 JSON, which is what the 0.3 SDKs read there. Subscribing is taken as {@code GET} (the proto) and {@code POST}
 * (what the a2a-java SDK sends); creating a push config takes the whole {@code CreateTaskPushNotificationConfigRequest}
 * (what the SDKs send) or only its {@code config} (the proto's body).
 */
public final class V03RestBinding implements HttpHandler {
    private static final String V1 = "/v1";
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private final String basePath;
    private final V03ProtoOperations operations;
    private final CallerResolver callers;
    private final String url;

    /**
     * @param basePath   the interface's path, without {@code /v1} and without a trailing slash
     * @param operations the engine (supplied late, as for the other bindings)
     * @param callers    authenticates requests, as for the other HTTP bindings
     * @param url        the main {@code url} of the 0.3 cards {@code GET /v1/card} hands out
     */
    public V03RestBinding(String basePath, Supplier<A2aOperations> operations, CallerResolver callers, String url) {
        this.basePath = basePath;
        this.operations = new V03ProtoOperations(operations);
        this.callers = callers;
        this.url = url;
    }

    /** Whether {@code path} lies below this binding's base path. */
    public boolean handles(String path) {
        return path.equals(basePath) || path.startsWith(basePath + "/");
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            String relative = exchange.path().substring(basePath.length());
            boolean card = "GET".equals(exchange.method()) && relative.equals(V1 + "/card");
            RestRoute route = relative.startsWith(V1 + "/") ? RestRoute.parse(exchange.method(), relative.substring(V1.length())) : null;
            if (!card && !speaks03(route)) {
                throw new A2aException(A2aError.METHOD_NOT_FOUND, "No A2A 0.3 operation at " + exchange.method() + " " + exchange.path());
            }
            checkContentType(exchange);
            CallContext call = ServiceParameters.callContext(exchange, V03JsonRpcBinding.VERSION, callers.caller(exchange), "");
            if (card) {
                respond(exchange, 200, V03Cards.toV03(operations.extendedCard(call), url));
            } else {
                dispatch(exchange, route, call);
            }
        } catch (RuntimeException e) {
            fail(exchange, A2aException.from(e));
        }
    }

    /** The 1.0 routes that 0.3 has too: no tenants, no ListTasks, and the extended card lives at {@code /v1/card}. */
    private static boolean speaks03(RestRoute route) {
        return route != null && route.found() && route.tenant().isEmpty()
                && route.operation() != RestRoute.Operation.LIST_TASKS && route.operation() != RestRoute.Operation.GET_EXTENDED_CARD;
    }

    private void dispatch(HttpExchange exchange, RestRoute route, CallContext call) {
        switch (route.operation()) {
            case SEND_MESSAGE:
                operations.sendMessage(call, body(exchange, V03Proto.SendMessageRequest.newBuilder()).build())
                        .whenComplete((result, error) -> {
                            if (error != null) {
                                fail(exchange, A2aException.from(error));
                            } else {
                                respond(exchange, 200, print(result));
                            }
                        });
                return;
            case SEND_STREAMING_MESSAGE:
                operations.sendStreamingMessage(call, body(exchange, V03Proto.SendMessageRequest.newBuilder()).build(), stream(exchange));
                return;
            case SUBSCRIBE_TO_TASK:
                operations.subscribe(call, V03ProtoRequests.taskName(route.id()), stream(exchange));
                return;
            default:
                respond(exchange, 200, print(unary(exchange, route, call)));
        }
    }

    private Message unary(HttpExchange exchange, RestRoute route, CallContext call) {
        String task = V03ProtoRequests.taskName(route.id());
        String config = V03ProtoRequests.configName(route.id(), route.configId());
        switch (route.operation()) {
            case GET_TASK:
                return operations.getTask(call, V03Proto.GetTaskRequest.newBuilder().setName(task)
                        .setHistoryLength(intQuery(exchange, "historyLength")).build());
            case CANCEL_TASK:
                return operations.cancelTask(call, V03Proto.CancelTaskRequest.newBuilder().setName(task).build());
            case CREATE_PUSH_CONFIG:
                return operations.createPushConfig(call, createRequest(exchange).setParent(task).build());
            case GET_PUSH_CONFIG:
                return operations.getPushConfig(call, V03Proto.GetTaskPushNotificationConfigRequest.newBuilder().setName(config).build());
            case LIST_PUSH_CONFIGS:
                String pageToken = ServiceParameters.queryParameter(exchange.query(), "pageToken");
                return operations.listPushConfigs(call, V03Proto.ListTaskPushNotificationConfigRequest.newBuilder().setParent(task)
                        .setPageSize(intQuery(exchange, "pageSize")).setPageToken(pageToken == null ? "" : pageToken).build());
            case DELETE_PUSH_CONFIG:
                operations.deletePushConfig(call, V03Proto.DeleteTaskPushNotificationConfigRequest.newBuilder().setName(config).build());
                return Empty.getDefaultInstance();
            default:
                throw new IllegalStateException("unrouted " + route.operation());
        }
    }

    /** The SDKs' whole request ({@code {parent, configId, config}}), or the proto's body: the config alone. */
    private static V03Proto.CreateTaskPushNotificationConfigRequest.Builder createRequest(HttpExchange exchange) {
        V03Proto.CreateTaskPushNotificationConfigRequest.Builder request = body(exchange,
                V03Proto.CreateTaskPushNotificationConfigRequest.newBuilder());
        return request.hasConfig() ? request : request.setConfig(body(exchange, V03Proto.TaskPushNotificationConfig.newBuilder()));
    }

    private static <B extends Message.Builder> B body(HttpExchange exchange, B builder) {
        byte[] body = exchange.body();
        if (body.length > 0) {
            try {
                PARSER.merge(new String(body, StandardCharsets.UTF_8), builder);
            } catch (InvalidProtocolBufferException e) {
                throw A2aException.invalidParams("The body is not a 0.3 " + builder.getDescriptorForType().getName()
                        + ": " + e.getMessage());
            }
        }
        return builder;
    }

    /** An integer query parameter; absent is 0, which the 0.3 proto reads as "not set". */
    private static int intQuery(HttpExchange exchange, String name) {
        String value = ServiceParameters.queryParameter(exchange.query(), name);
        try {
            return value == null || value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw A2aException.invalidParams(name + " must be an integer, not " + value);
        }
    }

    private static void checkContentType(HttpExchange exchange) {
        String type = exchange.header("Content-Type");
        if (exchange.body().length > 0 && type != null
                && !type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).endsWith("json")) {
            throw new A2aException(A2aError.CONTENT_TYPE_NOT_SUPPORTED, "Send application/json, not " + type);
        }
    }

    private static SseStreamSink stream(HttpExchange exchange) {
        return new SseStreamSink(() -> exchange.openSse(200, Map.of("X-Accel-Buffering", "no")),
                event -> print(V03ProtoTasks.toV03(event)), V03RestBinding::errorBody, error -> fail(exchange, error));
    }

    static String print(Message message) {
        try {
            return PRINTER.print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("A 0.3 message without Any fields cannot fail to print", e);
        }
    }

    /**
     * {@code {"error": "io.a2a.spec.TaskNotFoundError", "message": "..."}}: the a2a-java 0.3 SDK, the one 0.3 client
     * with a REST error format of its own, matches on that fully qualified name; other clients read the HTTP status.
     */
    static String errorBody(A2aException error) {
        ObjectNode body = V03Json.object();
        body.put("error", "io.a2a.spec." + V03Errors.name(error.error()));
        body.put("message", error.getMessage() == null || error.getMessage().isBlank() ? error.error().defaultMessage()
                : error.getMessage());
        return V03Json.write(body);
    }

    private static void fail(HttpExchange exchange, A2aException error) {
        respond(exchange, error.error().httpStatus(), errorBody(error));
    }

    private static void respond(HttpExchange exchange, int status, String json) {
        exchange.respond(status, JSON_HEADERS, json.getBytes(StandardCharsets.UTF_8));
    }
}
