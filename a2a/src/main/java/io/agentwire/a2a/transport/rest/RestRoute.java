package io.agentwire.a2a.transport.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which operation an HTTP+JSON request names (specification section 11.3): the method and the path below the
 * interface's base path, with an optional leading {@code /{tenant}} segment. The 0.3 binding reads its routes with
 * it too: they are the 1.0 ones below {@code /v1}, without tenants.
 *
 * @param operation the operation, or {@code null} when the path names none
 * @param tenant    the tenant segment, or empty
 * @param id        the task id ({@code /tasks/{id}}), or empty
 * @param configId  the push configuration id, or empty
 */
public record RestRoute(Operation operation, String tenant, String id, String configId) {

    public enum Operation {
        SEND_MESSAGE, SEND_STREAMING_MESSAGE, GET_TASK, LIST_TASKS, CANCEL_TASK, SUBSCRIBE_TO_TASK,
        CREATE_PUSH_CONFIG, GET_PUSH_CONFIG, LIST_PUSH_CONFIGS, DELETE_PUSH_CONFIG, GET_EXTENDED_CARD
    }

    private static final List<String> FIRST_SEGMENTS = List.of("message:send", "message:stream", "tasks", "extendedAgentCard");

    /** Whether the path exists at all, for telling 404 from 405. */
    public boolean found() {
        return operation != null;
    }

    public static RestRoute parse(String method, String relativePath) {
        List<String> segments = new ArrayList<>();
        for (String raw : relativePath.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
            }
        }
        String tenant = "";
        if (!segments.isEmpty() && !FIRST_SEGMENTS.contains(segments.get(0))) {
            tenant = segments.remove(0);
        }
        return new RestRoute(match(method, segments), tenant, taskId(segments), segments.size() == 4 ? segments.get(3) : "");
    }

    private static Operation match(String method, List<String> s) {
        String[] p = s.toArray(new String[0]);
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        if (p.length == 1 && p[0].equals("message:send") && post) {
            return Operation.SEND_MESSAGE;
        }
        if (p.length == 1 && p[0].equals("message:stream") && post) {
            return Operation.SEND_STREAMING_MESSAGE;
        }
        if (p.length == 1 && p[0].equals("extendedAgentCard") && get) {
            return Operation.GET_EXTENDED_CARD;
        }
        if (p.length == 1 && p[0].equals("tasks") && get) {
            return Operation.LIST_TASKS;
        }
        if (p.length == 2 && p[0].equals("tasks")) {
            if (p[1].endsWith(":cancel") && post) {
                return Operation.CANCEL_TASK;
            }
            if (p[1].endsWith(":subscribe") && (get || post)) {
                return Operation.SUBSCRIBE_TO_TASK; // the proto says GET, the specification text POST: take both
            }
            if (!p[1].contains(":") && get) {
                return Operation.GET_TASK;
            }
        }
        if (p.length == 3 && p[0].equals("tasks") && p[2].equals("pushNotificationConfigs")) {
            return post ? Operation.CREATE_PUSH_CONFIG : get ? Operation.LIST_PUSH_CONFIGS : null;
        }
        if (p.length == 4 && p[0].equals("tasks") && p[2].equals("pushNotificationConfigs")) {
            return get ? Operation.GET_PUSH_CONFIG : "DELETE".equals(method) ? Operation.DELETE_PUSH_CONFIG : null;
        }
        return null;
    }

    private static String taskId(List<String> s) {
        if (s.size() < 2 || !s.get(0).equals("tasks")) {
            return "";
        }
        String id = s.get(1);
        int colon = id.lastIndexOf(':');
        return colon > 0 && Arrays.asList("cancel", "subscribe").contains(id.substring(colon + 1)) ? id.substring(0, colon) : id;
    }
}
