// The anchor of the A2A benchmark: an @a2a-js/sdk 1.3.0 agent that answers every message with a direct "ok"
// message, over JSON-RPC, on 127.0.0.1:$PORT. It does the same work as Agentwire's bench agent.
import { randomUUID } from "node:crypto";
import express from "express";
import { Role } from "@a2a-js/sdk";
import { DefaultRequestHandler, InMemoryTaskStore, AgentEvent } from "@a2a-js/sdk/server";
import { agentCardHandler, jsonRpcHandler, UserBuilder } from "@a2a-js/sdk/server/express";

const port = Number(process.env.PORT);
const card = {
  name: "a2a-js echo", description: "Answers ok", version: "1.0.0",
  supportedInterfaces: [{ url: `http://127.0.0.1:${port}/a2a/jsonrpc`, protocolBinding: "JSONRPC", protocolVersion: "1.0", tenant: "" }],
  provider: undefined, documentationUrl: undefined, iconUrl: undefined,
  capabilities: { streaming: true, pushNotifications: false, extensions: [], extendedAgentCard: false },
  securitySchemes: {}, securityRequirements: [], defaultInputModes: ["text/plain"], defaultOutputModes: ["text/plain"],
  skills: [], signatures: [],
};
const executor = {
  async execute(context, bus) {
    bus.publish(AgentEvent.message({
      messageId: randomUUID(), contextId: context.contextId, taskId: "", role: Role.ROLE_AGENT,
      parts: [{ content: { $case: "text", value: "ok" }, metadata: undefined, filename: "", mediaType: "" }],
      metadata: undefined, extensions: [], referenceTaskIds: [],
    }));
    bus.finished();
  },
  async cancelTask() {},
};
const handler = new DefaultRequestHandler(card, new InMemoryTaskStore(), executor);
const app = express();
app.use("/.well-known/agent-card.json", agentCardHandler({ agentCardProvider: handler }));
app.use("/a2a/jsonrpc", jsonRpcHandler({ requestHandler: handler, userBuilder: UserBuilder.noAuthentication }));
app.listen(port, "127.0.0.1", () => console.log(`READY ${port}`));
