// Third-party MCP client (the official TypeScript SDK) driving a server over stdio.
//
// Usage: node stdio-client.mjs --out summary.json [--tool T] [--resource URI] [--prompt P] -- <server command...>
//
// Spawns the server command, initializes, lists tools/resources/prompts, calls one tool, reads one
// resource and gets one prompt, then writes a JSON summary to --out (and stdout). Every step is
// attempted even if an earlier one failed, so the summary shows all problems at once; the exit
// code is 0 only when every step succeeded. Must be run from a folder below the one holding
// node_modules (NodePeers.stageScript does that), because ES module imports resolve from here.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    tool: { type: "string", default: "test_simple_text" },
    resource: { type: "string", default: "test://static-text" },
    prompt: { type: "string", default: "test_simple_prompt" },
  },
});
if (positionals.length === 0) {
  console.error("missing server command after --");
  process.exit(2);
}

const REQUEST_TIMEOUT_MS = 30_000;
const MAX_PAGES = 20;
const summary = { tools: [], resources: [], prompts: [], errors: [] };

async function step(name, action) {
  try {
    await action();
  } catch (error) {
    summary.errors.push(`${name}: ${error?.message ?? String(error)}`);
  }
}

// Follows nextCursor, bounded so a server that never stops paginating cannot hang the test.
async function listAll(fetchPage, key) {
  const items = [];
  let cursor;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage(cursor ? { cursor } : {});
    items.push(...result[key]);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

function firstText(contents) {
  const text = contents.find((c) => typeof c.text === "string");
  return text ? text.text : null;
}

const [command, ...args] = positionals;
const transport = new StdioClientTransport({ command, args, stderr: "inherit" });
const client = new Client({ name: "agentwire-interop-stdio-client", version: "1.0.0" });
const options = { timeout: REQUEST_TIMEOUT_MS };

await step("initialize", async () => {
  await client.connect(transport, options);
  summary.serverInfo = client.getServerVersion();
  summary.serverCapabilities = client.getServerCapabilities();
});
await step("tools/list", async () => {
  summary.tools = (await listAll((p) => client.listTools(p, options), "tools")).map((t) => t.name);
});
await step("resources/list", async () => {
  summary.resources = (await listAll((p) => client.listResources(p, options), "resources")).map((r) => r.uri);
});
await step("prompts/list", async () => {
  summary.prompts = (await listAll((p) => client.listPrompts(p, options), "prompts")).map((p) => p.name);
});
await step(`tools/call ${values.tool}`, async () => {
  const result = await client.callTool({ name: values.tool, arguments: {} }, undefined, options);
  summary.toolIsError = result.isError === true;
  summary.toolText = firstText(result.content);
});
await step(`resources/read ${values.resource}`, async () => {
  const result = await client.readResource({ uri: values.resource }, options);
  summary.resourceText = firstText(result.contents);
});
await step(`prompts/get ${values.prompt}`, async () => {
  const result = await client.getPrompt({ name: values.prompt, arguments: {} }, options);
  summary.promptText = firstText(result.messages.map((m) => m.content));
});
await step("close", () => client.close());

const json = JSON.stringify(summary, null, 2);
if (values.out) writeFileSync(values.out, json);
console.log(json);
process.exit(summary.errors.length === 0 ? 0 : 1);
