// Drives an A2A agent with the official @a2a-js/sdk client over one binding and writes what it saw as JSON.
// Usage: node a2a-js-client.mjs <agent base URL> <JSONRPC|HTTP+JSON|GRPC|JSONRPC@0.3> <summary file> [webhook URL]
// JSONRPC@0.3 drives the agent's 0.3 JSON-RPC interface with the SDK's v0.3 compat transport (legacyCompat).
// With a webhook URL it also registers a push notification config on an open task and completes the task, so the
// agent pushes to the webhook.
import { writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { Role, TaskState } from "@a2a-js/sdk";
import { AgentCardResolver, ClientFactory, ClientFactoryOptions, JsonRpcTransportFactory } from "@a2a-js/sdk/client";
import { GrpcTransportFactory } from "@a2a-js/sdk/client/grpc";

const [baseUrl, transport, out, webhook] = process.argv.slice(2);
const summary = { transport, errors: [] };

const message = (prefix, taskId = "") => ({
  messageId: `${prefix}-${randomUUID()}`, contextId: "", taskId, role: Role.ROLE_USER,
  parts: [{ content: { $case: "text", value: "hello from a2a-js" }, metadata: undefined, filename: "", mediaType: "" }],
  metadata: undefined, extensions: [], referenceTaskIds: [],
});
const request = (msg, configuration = undefined) => ({ tenant: "", message: msg, configuration, metadata: undefined });
const state = (s) => TaskState[s] ?? String(s);
const step = async (name, fn) => {
  try { await fn(); } catch (e) { summary.errors.push(`${name}: ${e?.message ?? e}`); }
};

try {
  const [binding, version = "1.0"] = transport.split("@");
  const legacyCompat = { enabled: version === "0.3" };
  const factory = new ClientFactory(ClientFactoryOptions.createFrom(ClientFactoryOptions.default, {
    preferredTransports: [binding],
    transports: [new GrpcTransportFactory(), new JsonRpcTransportFactory({ legacyCompat })],
  }));
  // The factory prefers a binding's 1.0 interface, so the card is narrowed to the interface under test.
  const card = await AgentCardResolver.default.resolve(baseUrl);
  const chosen = card.supportedInterfaces.filter((i) => i.protocolBinding === binding && i.protocolVersion === version);
  summary.interfaceUrl = chosen[0]?.url;
  const client = await factory.createFromAgentCard({ ...card, supportedInterfaces: chosen });
  await step("complete", async () => {
    const task = await client.sendMessage(request(message("tck-complete-task")));
    summary.completeState = state(task.status.state);
    summary.completeText = task.status.message?.parts?.[0]?.content?.value;
    summary.completeId = task.id;
    const fetched = await client.getTask({ tenant: "", id: task.id, historyLength: 1 });
    summary.historyAfterTrim = fetched.history.length;
  });
  await step("message", async () => {
    const reply = await client.sendMessage(request(message("tck-message-response")));
    summary.directMessage = reply.parts?.[0]?.content?.value;
  });
  await step("input-required", async () => {
    const task = await client.sendMessage(request(message("tck-input-required")));
    summary.inputRequiredState = state(task.status.state);
    const resumed = await client.sendMessage(request(message("follow-up", task.id)));
    summary.resumedState = state(resumed.status.state);
  });
  await step("stream", async () => {
    summary.streamKinds = [];
    for await (const event of client.sendMessageStream(request(message("tck-stream-001")))) {
      summary.streamKinds.push(event.payload?.$case);
    }
  });
  await step("cancel", async () => {
    const task = await client.sendMessage(request(message("tck-input-required")));
    const canceled = await client.cancelTask({ tenant: "", id: task.id, metadata: undefined });
    summary.canceledState = state(canceled.status.state);
  });
  await step("not-found", async () => {
    try {
      await client.getTask({ tenant: "", id: "no-such-task", historyLength: undefined });
      summary.notFound = "no error";
    } catch (e) {
      summary.notFound = e?.constructor?.name ?? String(e);
    }
  });
  if (webhook) {
    await step("push", async () => {
      const task = await client.sendMessage(request(message("tck-input-required")));
      const config = await client.createTaskPushNotificationConfig({ tenant: "", id: "", taskId: task.id, url: webhook,
        token: "token-from-a2a-js", authentication: { scheme: "Bearer", credentials: "push-secret-from-a2a-js" } });
      summary.pushConfigId = config.id;
      summary.pushTaskId = task.id;
      const listed = await client.listTaskPushNotificationConfig({ tenant: "", taskId: task.id, pageSize: 0, pageToken: "" });
      summary.pushConfigsListed = listed.configs.length;
      const done = await client.sendMessage(request(message("follow-up", task.id)));
      summary.pushTaskState = state(done.status.state);
    });
  }
} catch (e) {
  summary.errors.push(`setup: ${e?.message ?? e}`);
}
writeFileSync(out, JSON.stringify(summary, null, 2));
