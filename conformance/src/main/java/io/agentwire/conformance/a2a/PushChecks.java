package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Probe.send;
import static io.agentwire.conformance.a2a.Requirement.check;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Push notification requirements: configuration CRUD and delivery to a local webhook. */
final class PushChecks {
    private PushChecks() {
    }

    private static String waitingTask(Probe p) {
        return Expect.task(p.result("SendMessage", send("tck-input-required"))).path("id").asString();
    }

    private static JsonNode create(Probe p, String taskId, String url) {
        return p.result("CreateTaskPushNotificationConfig", "{\"taskId\":\"" + taskId + "\",\"url\":\"" + url
                + "\",\"token\":\"conformance-token\",\"authentication\":{\"scheme\":\"Bearer\",\"credentials\":\"conformance-secret\"}}");
    }

    private static String idParams(String taskId, String id) {
        return "{\"taskId\":\"" + taskId + "\",\"id\":\"" + id + "\"}";
    }

    static List<Requirement> all() {
        return List.of(
                check("PUSH-CREATE-001", Level.MUST, "CreatePushNotificationConfig establishes webhook endpoint", p -> {
                    p.require("pushNotifications");
                    try (WebhookReceiver hook = new WebhookReceiver()) {
                        JsonNode config = create(p, waitingTask(p), hook.url());
                        expect(!config.path("id").asString("").isEmpty() && hook.url().equals(config.path("url").asString()), "config: " + config);
                    }
                }),
                check("PUSH-CREATE-002", Level.MUST, "Push config persists until task completion or deletion", p -> {
                    p.require("pushNotifications");
                    try (WebhookReceiver hook = new WebhookReceiver()) {
                        String task = waitingTask(p);
                        String id = create(p, task, hook.url()).path("id").asString();
                        expect(p.result("GetTaskPushNotificationConfig", idParams(task, id)).path("id").asString().equals(id), "config gone");
                    }
                }),
                check("PUSH-GET-001", Level.MUST, "GetPushNotificationConfig returns configuration details", p -> {
                    p.require("pushNotifications");
                    try (WebhookReceiver hook = new WebhookReceiver()) {
                        String task = waitingTask(p);
                        String id = create(p, task, hook.url()).path("id").asString();
                        JsonNode got = p.result("GetTaskPushNotificationConfig", idParams(task, id));
                        expect(hook.url().equals(got.path("url").asString()) && task.equals(got.path("taskId").asString()), "got " + got);
                    }
                }),
                check("PUSH-GET-002", Level.MUST, "GetPushNotificationConfig fails for nonexistent config", p -> {
                    p.require("pushNotifications");
                    JsonNode response = p.rpc("GetTaskPushNotificationConfig", idParams(waitingTask(p), "no-such-config"));
                    expect(response.has("error"), "a missing config was returned: " + response);
                }),
                check("PUSH-LIST-001", Level.MUST, "ListPushNotificationConfigs returns all active configs", p -> {
                    p.require("pushNotifications");
                    try (WebhookReceiver hook = new WebhookReceiver()) {
                        String task = waitingTask(p);
                        create(p, task, hook.url());
                        create(p, task, hook.url() + "2");
                        expect(p.result("ListTaskPushNotificationConfigs", "{\"taskId\":\"" + task + "\"}").path("configs").size() == 2,
                                "not both configs listed");
                    }
                }),
                check("PUSH-DEL-001", Level.MUST, "DeletePushNotificationConfig permanently removes config", p -> {
                    p.require("pushNotifications");
                    try (WebhookReceiver hook = new WebhookReceiver()) {
                        String task = waitingTask(p);
                        String id = create(p, task, hook.url()).path("id").asString();
                        p.result("DeleteTaskPushNotificationConfig", idParams(task, id));
                        expect(p.rpc("GetTaskPushNotificationConfig", idParams(task, id)).has("error"), "the deleted config is still there");
                    }
                }),
                check("PUSH-DEL-002", Level.MUST, "DeletePushNotificationConfig is idempotent", p -> {
                    p.require("pushNotifications");
                    String task = waitingTask(p);
                    p.result("DeleteTaskPushNotificationConfig", idParams(task, "never-existed"));
                    p.result("DeleteTaskPushNotificationConfig", idParams(task, "never-existed"));
                }),
                check("PUSH-DELIVER-001", Level.MUST, "Agent includes authentication in webhook requests", p -> {
                    List<WebhookReceiver.Delivery> deliveries = deliveries(p);
                    expect(deliveries.stream().allMatch(d -> "Bearer conformance-secret".equals(d.authorization())),
                            "a delivery without the configured Authorization: " + deliveries);
                }),
                check("PUSH-DELIVER-002", Level.MUST, "Agent attempts delivery at least once per webhook",
                        p -> expect(!deliveries(p).isEmpty(), "no delivery arrived")),
                check("PUSH-DELIVER-003", Level.MUST, "Webhook payload uses StreamResponse format", p -> {
                    for (WebhookReceiver.Delivery delivery : deliveries(p)) {
                        JsonNode body = Probe.parse(delivery.body());
                        expect(body.has("task") || body.has("statusUpdate") || body.has("artifactUpdate") || body.has("message"),
                                "not a StreamResponse: " + delivery.body());
                    }
                }));
    }

    /** Registers a webhook on a waiting task, resumes the task, and collects what the webhook got. */
    private static List<WebhookReceiver.Delivery> deliveries(Probe p) throws InterruptedException {
        p.require("pushNotifications");
        try (WebhookReceiver hook = new WebhookReceiver()) {
            String task = waitingTask(p);
            create(p, task, hook.url());
            p.result("SendMessage", send("resume", "\"taskId\":\"" + task + "\"", ""));
            return hook.await(2);
        }
    }
}
