// An @a2a-js/sdk 1.3.0 agent for our client to talk to, on 127.0.0.1:$PORT, over JSON-RPC (/a2a/jsonrpc) and
// HTTP+JSON (/a2a/rest), and over gRPC on 127.0.0.1:$GRPC_PORT when that is set. A messageId starting with "task-"
// runs a task (working, an artifact, completed); anything else gets a direct "ok from a2a-js" message. Push
// notifications go out through the SDK's own sender. Prints "READY <port>" once listening.
import { randomUUID } from "node:crypto";
import express from "express";
import * as grpc from "@grpc/grpc-js";
import { Role, TaskState } from "@a2a-js/sdk";
import { DefaultRequestHandler, InMemoryTaskStore, InMemoryPushNotificationStore, DefaultPushNotificationSender,
  AgentEvent } from "@a2a-js/sdk/server";
import { agentCardHandler, jsonRpcHandler, restHandler, UserBuilder } from "@a2a-js/sdk/server/express";
import { A2AService, grpcService, UserBuilder as GrpcUserBuilder } from "@a2a-js/sdk/server/grpc";

const port = Number(process.env.PORT);
const grpcPort = process.env.GRPC_PORT ? Number(process.env.GRPC_PORT) : 0;
const base = `http://127.0.0.1:${port}`;
const interfaces = [
  { url: `${base}/a2a/jsonrpc`, protocolBinding: "JSONRPC", protocolVersion: "1.0", tenant: "" },
  { url: `${base}/a2a/rest`, protocolBinding: "HTTP+JSON", protocolVersion: "1.0", tenant: "" },
];
if (grpcPort) {
  interfaces.push({ url: `127.0.0.1:${grpcPort}`, protocolBinding: "GRPC", protocolVersion: "1.0", tenant: "" });
}
const card = {
  name: "a2a-js interop agent", description: "Answers ok or runs a small task", version: "1.0.0",
  supportedInterfaces: interfaces,
  provider: undefined, documentationUrl: undefined, iconUrl: undefined,
  capabilities: { streaming: true, pushNotifications: true, extensions: [], extendedAgentCard: false },
  securitySchemes: {}, securityRequirements: [], defaultInputModes: ["text/plain"], defaultOutputModes: ["text/plain"],
  skills: [], signatures: [],
};
const text = (value) => ({ content: { $case: "text", value }, metadata: undefined, filename: "", mediaType: "" });
const status = (state) => ({ state, message: undefined, timestamp: new Date() });

const executor = {
  async execute(context, bus) {
    const { taskId, contextId } = context;
    if (!context.userMessage.messageId.startsWith("task-")) {
      bus.publish(AgentEvent.message({ messageId: randomUUID(), contextId, taskId: "", role: Role.ROLE_AGENT,
        parts: [text("ok from a2a-js")], metadata: undefined, extensions: [], referenceTaskIds: [] }));
      bus.finished();
      return;
    }
    bus.publish(AgentEvent.task({ id: taskId, contextId, status: status(TaskState.TASK_STATE_SUBMITTED),
      artifacts: [], history: [context.userMessage], metadata: undefined }));
    bus.publish(AgentEvent.statusUpdate({ taskId, contextId, status: status(TaskState.TASK_STATE_WORKING), metadata: undefined }));
    bus.publish(AgentEvent.artifactUpdate({ taskId, contextId, append: false, lastChunk: true, metadata: undefined,
      artifact: { artifactId: "result", name: "result", description: "", parts: [text("artifact from a2a-js")], metadata: undefined, extensions: [] } }));
    bus.publish(AgentEvent.statusUpdate({ taskId, contextId, status: status(TaskState.TASK_STATE_COMPLETED), metadata: undefined }));
    bus.finished();
  },
  async cancelTask() {},
};
const pushStore = new InMemoryPushNotificationStore();
const handler = new DefaultRequestHandler(card, new InMemoryTaskStore(), executor, undefined, pushStore,
  new DefaultPushNotificationSender(pushStore));
const app = express();
app.use("/.well-known/agent-card.json", agentCardHandler({ agentCardProvider: handler }));
app.use("/a2a/jsonrpc", jsonRpcHandler({ requestHandler: handler, userBuilder: UserBuilder.noAuthentication }));
app.use("/a2a/rest", restHandler({ requestHandler: handler, userBuilder: UserBuilder.noAuthentication }));
const listen = () => app.listen(port, "127.0.0.1", () => console.log(`READY ${port}`));
if (grpcPort) {
  const server = new grpc.Server();
  server.addService(A2AService, grpcService({ requestHandler: handler, userBuilder: GrpcUserBuilder.noAuthentication }));
  server.bindAsync(`127.0.0.1:${grpcPort}`, grpc.ServerCredentials.createInsecure(), (error) => {
    if (error) {
      console.error(`gRPC bind failed: ${error.message}`);
      process.exit(1);
    }
    listen();
  });
} else {
  listen();
}
