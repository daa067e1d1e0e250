package io.agentwire.mcp.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ToolSchemasTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static ToolSchemas tool(String inputSchema) {
        return tool(inputSchema, null);
    }

    private static ToolSchemas tool(String inputSchema, String outputSchema) {
        return ToolSchemas.compile(new Tool("t", null, null, inputSchema == null ? null : json(inputSchema),
                outputSchema == null ? null : json(outputSchema), null, null, null, null));
    }

    private static String invalid(ToolSchemas schemas, String arguments) {
        Optional<String> message = schemas.validateInput(json(arguments));
        assertTrue(message.isPresent(), "expected " + arguments + " to be rejected");
        return message.get();
    }

    private static void valid(ToolSchemas schemas, String arguments) {
        assertEquals(Optional.empty(), schemas.validateInput(json(arguments)));
    }

    @Test
    void defaultDialectIs202012WithDefsRefsAndAnchors() {
        ToolSchemas s = tool("{'type':'object','properties':{"
                + "'count':{'$ref':'#/$defs/positive'},'label':{'$ref':'#label'}},"
                + "'required':['count'],"
                + "'$defs':{'positive':{'type':'integer','minimum':1},"
                + "'named':{'$anchor':'label','type':'string','maxLength':5}}}");
        valid(s, "{'count':3,'label':'abc'}");
        String message = invalid(s, "{'count':0,'label':'too long'}");
        assertTrue(message.contains("/count"), message);
        assertTrue(message.contains("/label"), message);
        assertTrue(message.startsWith("Invalid arguments for tool \"t\": "), message);
        assertTrue(invalid(s, "{}").contains("count"));
    }

    @Test
    void draft07DefinitionsAndIfThenElse() {
        ToolSchemas s = tool("{'$schema':'http://json-schema.org/draft-07/schema#','type':'object',"
                + "'properties':{'kind':{'enum':['card','cash']},'number':{'$ref':'#/definitions/digits'}},"
                + "'if':{'properties':{'kind':{'const':'card'}}},'then':{'required':['number']},"
                + "'else':{'not':{'required':['number']}},"
                + "'definitions':{'digits':{'type':'string','pattern':'^[0-9]{4}$'}}}");
        valid(s, "{'kind':'card','number':'1234'}");
        valid(s, "{'kind':'cash'}");
        assertTrue(invalid(s, "{'kind':'card'}").contains("number"));
        invalid(s, "{'kind':'cash','number':'1234'}");
        invalid(s, "{'kind':'card','number':'12x4'}");
    }

    @Test
    void draft07SpellingVariantsAreRecognised() {
        for (String id : List.of("http://json-schema.org/draft-07/schema", "https://json-schema.org/draft-07/schema#")) {
            ToolSchemas s = tool("{'$schema':'" + id + "','type':'object',"
                    + "'properties':{'d':{'type':'string','format':'date'}}}");
            // format asserts in draft-07, which proves the dialect was applied
            invalid(s, "{'d':'not a date'}");
            valid(s, "{'d':'2025-11-25'}");
        }
    }

    @Test
    void draft201909IsSupported() {
        ToolSchemas s = tool("{'$schema':'https://json-schema.org/draft/2019-09/schema','type':'object',"
                + "'properties':{'a':{'$ref':'#/$defs/a'}},'$defs':{'a':{'type':'boolean'}},"
                + "'unevaluatedProperties':false}");
        valid(s, "{'a':true}");
        invalid(s, "{'a':true,'b':1}");
    }

    @Test
    void allOfAnyOfAndAdditionalProperties() {
        ToolSchemas s = tool("{'type':'object','additionalProperties':false,"
                + "'properties':{'id':{'anyOf':[{'type':'integer'},{'type':'string','format':'uuid'}]},"
                + "'n':{'allOf':[{'type':'number'},{'minimum':0},{'maximum':10}]}}}");
        valid(s, "{'id':7,'n':5}");
        valid(s, "{'id':'x','n':0}");
        invalid(s, "{'id':true}");
        invalid(s, "{'n':11}");
        String extra = invalid(s, "{'unknown':1}");
        assertTrue(extra.contains("unknown"), extra);
    }

    @Test
    void unevaluatedPropertiesSeesThroughAllOf() {
        ToolSchemas s = tool("{'type':'object','allOf':[{'properties':{'a':{'type':'string'}}}],"
                + "'properties':{'b':{'type':'string'}},'unevaluatedProperties':false}");
        valid(s, "{'a':'x','b':'y'}");
        String message = invalid(s, "{'a':'x','c':'z'}");
        assertTrue(message.contains("'c'"), message);
    }

    @Test
    void draft07IgnoresUnevaluatedProperties() {
        ToolSchemas s = tool("{'$schema':'http://json-schema.org/draft-07/schema#','type':'object',"
                + "'unevaluatedProperties':false}");
        valid(s, "{'anything':1}");
    }

    @Test
    void missingArgumentsAreAnEmptyObject() {
        ToolSchemas s = tool("{'type':'object','required':['q']}");
        assertTrue(s.validateInput(null).orElseThrow().contains("q"));
        assertEquals(Optional.empty(), tool("{'type':'object'}").validateInput(null));
    }

    @Test
    void noSchemaMeansNoValidation() {
        ToolSchemas s = tool(null);
        assertEquals(Optional.empty(), s.validateInput(json("{'x':1}")));
        assertEquals(Optional.empty(), s.validateOutput(null));
        assertFalse(s.hasOutputSchema());
    }

    @Test
    void outputSchemaIsChecked() {
        ToolSchemas s = tool("{'type':'object'}", "{'type':'object','properties':{'t':{'type':'number'}},"
                + "'required':['t']}");
        assertTrue(s.hasOutputSchema());
        assertEquals(Optional.empty(), s.validateOutput(json("{'t':21.5}")));
        String wrong = s.validateOutput(json("{'t':'warm'}")).orElseThrow();
        assertTrue(wrong.contains("outputSchema") && wrong.contains("/t"), wrong);
        assertTrue(s.validateOutput(null).orElseThrow().contains("no structuredContent"));
    }

    @Test
    void manyViolationsAreCapped() {
        StringBuilder schema = new StringBuilder("{'type':'object','required':[");
        for (int i = 0; i < 15; i++) {
            schema.append(i == 0 ? "" : ",").append("'p").append(i).append("'");
        }
        String message = invalid(tool(schema.append("]}").toString()), "{}");
        assertTrue(message.endsWith("and 5 more"), message);
    }

    @Test
    void malformedSchemasFailAtRegistration() {
        IllegalArgumentException badType = assertThrows(IllegalArgumentException.class,
                () -> tool("{'type':'objekt'}"));
        assertTrue(badType.getMessage().contains("\"t\"") && badType.getMessage().contains("inputSchema"),
                badType.getMessage());
        IllegalArgumentException badOutput = assertThrows(IllegalArgumentException.class,
                () -> tool("{'type':'object'}", "{'required':'x'}"));
        assertTrue(badOutput.getMessage().contains("outputSchema"), badOutput.getMessage());
        IllegalArgumentException dialect = assertThrows(IllegalArgumentException.class,
                () -> tool("{'$schema':'https://example.com/my-dialect','type':'object'}"));
        assertTrue(dialect.getMessage().contains("unsupported $schema"), dialect.getMessage());
        IllegalArgumentException dangling = assertThrows(IllegalArgumentException.class,
                () -> tool("{'type':'object','properties':{'a':{'$ref':'#/$defs/missing'}}}"));
        assertTrue(dangling.getMessage().contains("missing"), dangling.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tool("'just a string'"));
    }

    @Test
    void remoteRefIsRefusedWithoutNetwork() {
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                IllegalArgumentException.class,
                () -> tool("{'type':'object','properties':{'a':{'$ref':'http://127.0.0.1:1/x.json'}}}")));
        assertTrue(e.getMessage().contains("http://127.0.0.1:1/x.json"), e.getMessage());
    }

    @Test
    void remoteRefNeverConnects() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/schema.json";
            assertThrows(IllegalArgumentException.class,
                    () -> tool("{'type':'object','properties':{'a':{'$ref':'" + url + "#/x'}}}"));
            assertThrows(IllegalArgumentException.class,
                    () -> tool("{'$id':'" + url + "','type':'object','properties':{'a':{'$ref':'other.json'}}}"));
            listener.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, listener::accept, "the validator opened a connection");
        }
    }

    @Test
    void fileAndClasspathRefsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> tool("{'properties':{'a':{'$ref':'file:///etc/hostname'}}}"));
        assertThrows(IllegalArgumentException.class,
                () -> tool("{'properties':{'a':{'$ref':'classpath:draft/2020-12/schema'}}}"));
    }

    @Test
    void embeddedIdsResolveLocally() {
        ToolSchemas s = tool("{'$id':'https://agentwire.invalid/root','type':'object',"
                + "'properties':{'a':{'$ref':'https://agentwire.invalid/pos'},'b':{'$ref':'urn:x:str'}},"
                + "'$defs':{'p':{'$id':'https://agentwire.invalid/pos','type':'integer','minimum':1},"
                + "'s':{'$id':'urn:x:str','type':'string'}}}");
        valid(s, "{'a':1,'b':'x'}");
        invalid(s, "{'a':0}");
        invalid(s, "{'b':2}");
    }

    @Test
    void sameIdInTwoToolsDoesNotLeak() {
        ToolSchemas first = tool("{'$id':'https://agentwire.invalid/same','type':'string'}");
        ToolSchemas second = tool("{'$id':'https://agentwire.invalid/same','type':'integer'}");
        assertEquals(Optional.empty(), first.validateInput(json("'x'")));
        assertEquals(Optional.empty(), second.validateInput(json("3")));
        assertTrue(second.validateInput(json("'x'")).isPresent());
    }

    @Test
    void validationIsThreadSafe() throws Exception {
        ToolSchemas s = tool("{'type':'object','properties':{'n':{'$ref':'#/$defs/n'}},'required':['n'],"
                + "'$defs':{'n':{'type':'integer','multipleOf':2}},'unevaluatedProperties':false}");
        JsonNode good = json("{'n':4}");
        JsonNode bad = json("{'n':3,'x':1}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        if (s.validateInput(good).isPresent() || s.validateInput(bad).isEmpty()) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void compiledSchemaReportsDialect() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", CompiledSchema.compile(json("{}")).dialectId());
        assertEquals("http://json-schema.org/draft-07/schema#",
                CompiledSchema.compile(json("{'$schema':'http://json-schema.org/draft-07/schema'}")).dialectId());
        assertTrue(CompiledSchema.compile(json("true")).isValid(json("1")));
        assertFalse(CompiledSchema.compile(json("false")).isValid(json("1")));
    }
}
