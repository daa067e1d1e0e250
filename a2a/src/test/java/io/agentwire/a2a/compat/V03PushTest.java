package io.agentwire.a2a.compat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.push.PushNotificationSender;
import io.agentwire.a2a.push.WebhookUrlPolicy;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.store.FileTaskStore;
import io.agentwire.a2a.store.StoredTask;
import io.agentwire.a2a.testing.JsonRpcTestClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks a 0.3 client registers get 0.3 notifications (the whole task as 0.3 JSON, 0.3 §9.5), while those a 1.0
 * client registers on the same agent keep getting 1.0 {@code StreamResponse}s.
 */
class V03PushTest {
    private WireMockServer webhook;
    private A2aServer server;

    @BeforeEach
    void start() throws InterruptedException {
        webhook = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        webhook.start();
        webhook.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(100)))
                .push(PushNotificationSender.builder().urlPolicy(WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true)
                        .build()).build())
                .v03Interface(true).port(0).start();
    }

    @AfterEach
    void stop() {
        server.close();
        webhook.stop();
    }

    private String webhookJson() {
        return "{\"url\":\"" + webhook.baseUrl() + "/hook\",\"token\":\"t-03\","
                + "\"authentication\":{\"schemes\":[\"Bearer\"],\"credentials\":\"s-03\"}}";
    }

    @Test
    void aWebhookSentWithTheMessageGetsTheTaskIn03Form() throws Exception {
        String params = V03TestClient.message("tck-complete-task-push", "hi").replaceFirst("\\}$",
                ",\"configuration\":{\"pushNotificationConfig\":" + webhookJson() + "}}");
        String taskId = V03TestClient.at(server.baseUrl() + A2aServer.V03_JSONRPC_PATH).result("message/send", params)
                .path("id").asString();

        JsonNode completed = JsonRpcTestClient.JSON.readTree(awaitPost("\"completed\"").getBodyAsString());
        assertEquals("task", completed.path("kind").asString(), completed.toString());
        assertEquals(taskId, completed.path("id").asString());
        assertEquals("completed", completed.path("status").path("state").asString());
        assertEquals("Hello from TCK", completed.path("status").path("message").path("parts").path(0).path("text").asString());
    }

    @Test
    void aWebhookSetLaterGetsTheTaskIn03FormWithItsHeaders() throws Exception {
        JsonRpcTestClient client = V03TestClient.at(server.baseUrl() + A2aServer.V03_JSONRPC_PATH);
        String taskId = client.result("message/send", V03TestClient.message("tck-input-required-push", "hi")).path("id").asString();
        client.result("tasks/pushNotificationConfig/set", "{\"taskId\":\"" + taskId + "\",\"pushNotificationConfig\":"
                + webhookJson() + "}");
        client.result("message/send", V03TestClient.followUp("more-push", taskId, "more"));

        LoggedRequest last = awaitPost("\"completed\"");
        JsonNode task = JsonRpcTestClient.JSON.readTree(last.getBodyAsString());
        assertEquals("task", task.path("kind").asString(), task.toString());
        assertEquals("completed", task.path("status").path("state").asString());
        assertEquals("application/json", last.getHeader("Content-Type"));
        assertEquals("Bearer s-03", last.getHeader("Authorization"));
        assertEquals("t-03", last.getHeader("X-A2A-Notification-Token"));
    }

    @Test
    void a10WebhookOnTheSameAgentStillGetsStreamResponses() throws Exception {
        String params = JsonRpcTestClient.message("tck-complete-task-push10", "hi").replaceFirst("\\}$",
                ",\"configuration\":{\"taskPushNotificationConfig\":{\"url\":\"" + webhook.baseUrl() + "/hook\"}}}");
        new JsonRpcTestClient(server.jsonRpcUrl()).result("SendMessage", params);

        LoggedRequest last = awaitPost("TASK_STATE_COMPLETED");
        assertTrue(last.getBodyAsString().startsWith("{\"statusUpdate\""), last.getBodyAsString());
        assertEquals("application/a2a+json", last.getHeader("Content-Type"));
    }

    @Test
    void theMarkSurvivesTheFileStoreAndStaysOutOfJson(@TempDir Path dir) throws Exception {
        TaskPushNotificationConfig marked = V03Webhooks.mark(TaskPushNotificationConfig.newBuilder().setId("p").setTaskId("t")
                .setUrl("https://hooks.example/a").build());
        FileTaskStore.open(dir).save(new StoredTask(Task.newBuilder().setId("t").build(), "", List.of(marked)));

        assertTrue(V03Webhooks.marked(FileTaskStore.open(dir).find("t").orElseThrow().pushConfigs().get(0)));
        assertFalse(V03Webhooks.marked(marked.toBuilder().setUnknownFields(com.google.protobuf.UnknownFieldSet.getDefaultInstance()).build()));
        assertEquals("{\"id\":\"p\",\"taskId\":\"t\",\"url\":\"https://hooks.example/a\"}",
                com.google.protobuf.util.JsonFormat.printer().omittingInsignificantWhitespace().print(marked));
    }

    /** The first notification whose body contains {@code text}; notifications can arrive out of journal order. */
    private LoggedRequest awaitPost(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<LoggedRequest> posts;
        do {
            posts = webhook.findAll(postRequestedFor(urlEqualTo("/hook")));
            for (LoggedRequest post : posts) {
                if (post.getBodyAsString().contains(text)) {
                    return post;
                }
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no notification containing " + text + " among " + posts.size());
    }
}
