package io.agentwire.mcp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.everything.EverythingServer;
import io.agentwire.mcp.server.CallScope;
import io.agentwire.mcp.server.LegacySession;
import io.agentwire.mcp.server.ModernScope;
import io.agentwire.mcp.server.ResponseSink;
import io.agentwire.mcp.server.ServerRuntime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the reference server in every revision and checks each message it emits against that revision's
 * official schema: the conformance suite does this for 2025-11-25 and 2026-07-28 only, so the three older
 * revisions are checked nowhere else.
 */
class WireSchemaTest {
    private static final JsonMapper MAPPER = JsonRpcCodec.standard().mapper();

    /** One call and the schema type its result must satisfy. */
    private record Call(String method, String params, String resultType) {
    }

    private static final List<Call> COMMON = List.of(
            new Call("tools/list", "{}", "ListToolsResult"),
            new Call("tools/call", "{\"name\":\"test_simple_text\",\"arguments\":{}}", "CallToolResult"),
            new Call("tools/call", "{\"name\":\"test_image_content\",\"arguments\":{}}", "CallToolResult"),
            new Call("tools/call", "{\"name\":\"test_embedded_resource\",\"arguments\":{}}", "CallToolResult"),
            new Call("tools/call", "{\"name\":\"test_error_handling\",\"arguments\":{}}", "CallToolResult"),
            new Call("tools/call", "{\"name\":\"test_tool_with_progress\",\"arguments\":{},\"_meta\":{\"progressToken\":\"p1\"}}", "CallToolResult"),
            new Call("resources/list", "{}", "ListResourcesResult"),
            new Call("resources/templates/list", "{}", "ListResourceTemplatesResult"),
            new Call("resources/read", "{\"uri\":\"test://static-text\"}", "ReadResourceResult"),
            new Call("resources/read", "{\"uri\":\"test://static-binary\"}", "ReadResourceResult"),
            new Call("resources/read", "{\"uri\":\"test://template/123/data\"}", "ReadResourceResult"),
            new Call("resources/read", "{\"uri\":\"test://no-such-resource\"}", null),
            new Call("prompts/list", "{}", "ListPromptsResult"),
            new Call("prompts/get", "{\"name\":\"test_simple_prompt\"}", "GetPromptResult"),
            new Call("prompts/get", "{\"name\":\"test_prompt_with_arguments\",\"arguments\":{\"arg1\":\"a\",\"arg2\":\"b\"}}", "GetPromptResult"),
            new Call("no/such/method", "{}", null));

    private static final List<Call> LEGACY_ONLY = List.of(
            new Call("ping", "{}", "EmptyResult"),
            new Call("logging/setLevel", "{\"level\":\"info\"}", "EmptyResult"),
            new Call("completion/complete", "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"test_prompt_with_arguments\"},\"argument\":{\"name\":\"arg1\",\"value\":\"\"}}", "CompleteResult"));

    private static final List<Call> MODERN_ONLY = List.of(
            new Call("server/discover", "{}", "DiscoverResult"),
            new Call("completion/complete", "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"test_prompt_with_arguments\"},\"argument\":{\"name\":\"arg1\",\"value\":\"\"}}", "CompleteResult"));

    @TestFactory
    Stream<DynamicTest> everyEmittedMessageMatchesItsRevisionSchema() throws Exception {
        Path specData = RevisionSchemas.specData();
        Assumptions.assumeTrue(specData != null, "../shared/spec-data/mcp is not beside this checkout");
        List<DynamicTest> tests = new ArrayList<>();
        for (ProtocolVersion version : ProtocolVersion.values()) {
            RevisionSchemas schemas = RevisionSchemas.load(specData, version.id());
            for (Emitted emitted : drive(version)) {
                tests.add(DynamicTest.dynamicTest(version + " " + emitted.label(), () -> {
                    List<String> problems = schemas.violations(emitted.type(), emitted.json());
                    assertTrue(problems.isEmpty(), emitted.type() + " " + emitted.json() + " -> " + problems);
                }));
            }
        }
        assertEquals(true, tests.size() > 80, "every revision produced messages");
        return tests.stream();
    }

    /** A control: the same check must reject a result that breaks the schema, or the test above proves nothing. */
    @org.junit.jupiter.api.Test
    void schemaCheckRejectsBrokenMessages() throws Exception {
        Path specData = RevisionSchemas.specData();
        Assumptions.assumeTrue(specData != null, "../shared/spec-data/mcp is not beside this checkout");
        for (ProtocolVersion version : ProtocolVersion.values()) {
            RevisionSchemas schemas = RevisionSchemas.load(specData, version.id());
            JsonNode broken = MAPPER.readTree("{\"content\":[{\"type\":\"text\"}]}"); // text content without text
            assertTrue(!schemas.violations("CallToolResult", broken).isEmpty(), version + " accepted a broken result");
            assertTrue(!schemas.violations("ListToolsResult", MAPPER.readTree("{}")).isEmpty(), version + " accepted {} as ListToolsResult");
        }
    }

    /** One message the server sent, with the schema type it must satisfy. */
    private record Emitted(String label, String type, JsonNode json) {
    }

    private static List<Emitted> drive(ProtocolVersion version) throws Exception {
        ServerRuntime runtime = new ServerRuntime(EverythingServer.create(), MAPPER);
        AtomicLong ids = new AtomicLong();
        List<Emitted> out = new ArrayList<>();
        CallScope scope;
        List<Call> calls = new ArrayList<>();
        if (version.isModern()) {
            scope = new ModernScope(version, MAPPER.readTree("{\"sampling\":{},\"elicitation\":{}}"), null, null);
            calls.addAll(MODERN_ONLY);
        } else {
            LegacySession session = runtime.openSession("wire");
            scope = session;
            call(runtime, scope, ids, new Call("initialize", "{\"protocolVersion\":\"" + version.id()
                    + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"wire\",\"version\":\"1\"}}", "InitializeResult"), out);
            calls.addAll(LEGACY_ONLY.subList(0, version.atLeast(ProtocolVersion.V2025_03_26) ? 3 : 2));
        }
        calls.addAll(COMMON);
        if (version.atLeast(ProtocolVersion.V2025_03_26)) {
            calls.add(new Call("tools/call", "{\"name\":\"test_audio_content\",\"arguments\":{}}", "CallToolResult"));
            calls.add(new Call("tools/call", "{\"name\":\"test_multiple_content_types\",\"arguments\":{}}", "CallToolResult"));
        }
        for (Call call : calls) {
            call(runtime, scope, ids, call, out);
        }
        return out;
    }

    private static void call(ServerRuntime runtime, CallScope scope, AtomicLong ids, Call call, List<Emitted> out) throws Exception {
        String params = call.params();
        if (scope.isModern()) {
            JsonNode tree = MAPPER.readTree(params);
            ((tools.jackson.databind.node.ObjectNode) tree).putObject("_meta").put("progressToken", "p1")
                    .put("io.modelcontextprotocol/protocolVersion", scope.version().id())
                    .set("io.modelcontextprotocol/clientCapabilities", scope.clientCapabilities());
            params = tree.toString();
        }
        JsonRpcRequest request = new JsonRpcRequest(JsonRpcId.of(ids.incrementAndGet()), call.method(), MAPPER.readTree(params));
        List<JsonRpcNotification> notifications = new CopyOnWriteArrayList<>();
        CompletableFuture<JsonRpcResponse> response = new CompletableFuture<>();
        runtime.handle(request, scope, new ResponseSink() {
            @Override
            public void notify(JsonRpcNotification notification) {
                notifications.add(notification);
            }

            @Override
            public void request(JsonRpcRequest serverRequest) {
                throw new AssertionError("no server-to-client request expected for " + call.method());
            }

            @Override
            public void respond(JsonRpcResponse answer) {
                response.complete(answer);
            }
        });
        JsonRpcResponse answer = response.get(10, TimeUnit.SECONDS);
        String label = call.method() + " " + call.params();
        if (answer instanceof JsonRpcResult result) {
            out.add(new Emitted(label, call.resultType() == null ? "Result" : call.resultType(), result.result()));
        } else {
            String errorType = scope.version().atLeast(ProtocolVersion.V2025_11_25) ? "JSONRPCErrorResponse" : "JSONRPCError";
            out.add(new Emitted(label + " (error)", errorType, JsonRpcCodec.standard().toJson((JsonRpcErrorResponse) answer)));
        }
        for (JsonRpcNotification notification : notifications) {
            String type = "notifications/progress".equals(notification.method()) ? "ProgressNotification" : "JSONRPCNotification";
            out.add(new Emitted(label + " -> " + notification.method(), type, JsonRpcCodec.standard().toJson(notification)));
        }
    }
}
