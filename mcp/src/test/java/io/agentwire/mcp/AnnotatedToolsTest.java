package io.agentwire.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Content;
import io.agentwire.mcp.model.TextContent;
import io.agentwire.mcp.model.Tool;
import io.agentwire.mcp.schema.ToolSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnnotatedToolsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Unit { CELSIUS, FAHRENHEIT }

    record Place(@McpParam(description = "City name") String city, String country) {
    }

    record Forecast(String city, double temperature, Unit unit, List<String> notes, Instant at) {
    }

    /** Deliberately not public: public methods of nested classes must still be callable. */
    static final class WeatherTools {
        RequestContext seen;

        @McpTool(description = "Adds two numbers")
        public int add(@McpParam(description = "first addend") int a, int b) {
            return a + b;
        }

        @McpTool(name = "greet", title = "Greeter")
        public String hello(@McpParam(name = "who") String name, Optional<String> greeting) {
            return greeting.orElse("Hello") + ", " + name;
        }

        @McpTool(description = "Weather forecast")
        public Forecast forecast(@McpParam(description = "Where") Place place,
                                 @McpParam(required = false) Unit unit, RequestContext context) {
            seen = context;
            Unit u = unit == null ? Unit.CELSIUS : unit;
            return new Forecast(place.city(), 21.5, u, List.of("sunny"), Instant.parse("2025-11-25T10:00:00Z"));
        }

        @McpTool
        public CallToolResult raw(JsonNode anything) {
            return CallToolResult.error("raw:" + anything);
        }

        @McpTool
        public Content content() {
            return Content.text("block");
        }

        @McpTool
        public Map<String, Integer> counts(List<String> words, String[] more, @McpParam(required = false) long limit) {
            return words.stream().collect(Collectors.toMap(w -> w, String::length, (x, y) -> x));
        }

        @McpTool
        public List<Integer> numbers() {
            return List.of(1, 2, 3);
        }

        @McpTool
        public void noop() {
        }

        @McpTool
        public String fail(String kind) throws Exception {
            if ("mcp".equals(kind)) {
                throw McpException.invalidParams("bad kind");
            }
            if ("checked".equals(kind)) {
                throw new java.io.IOException("disk");
            }
            throw new IllegalStateException("boom");
        }

        public String notATool() {
            return "";
        }
    }

    public static final class StaticTools {
        @McpTool
        public static String echo(String text) {
            return text;
        }
    }

    public static final class PrivateTool {
        @McpTool
        String hidden() {
            return "";
        }
    }

    public static final class Duplicates {
        @McpTool(name = "same")
        public String a() {
            return "";
        }

        @McpTool(name = "same")
        public String b() {
            return "";
        }
    }

    public static final class BadName {
        @McpTool(name = "has space")
        public String a() {
            return "";
        }
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static Map<String, AnnotatedTools.Definition> scan(Object holder) {
        return AnnotatedTools.scan(holder).stream().collect(Collectors.toMap(d -> d.tool().name(), d -> d));
    }

    private static CallToolResult call(AnnotatedTools.Definition d, String arguments) throws Exception {
        return d.handler().call(FakeRequests.withArguments(json(arguments)));
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }

    @Test
    void findsAnnotatedMethodsSortedByName() {
        List<String> names = AnnotatedTools.scan(new WeatherTools()).stream().map(d -> d.tool().name()).toList();
        assertEquals(List.of("add", "content", "counts", "fail", "forecast", "greet", "noop", "numbers", "raw"),
                names);
    }

    @Test
    void derivesInputSchemaFromParameters() {
        Tool add = scan(new WeatherTools()).get("add").tool();
        assertEquals("Adds two numbers", add.description());
        assertEquals(json("{'type':'object','properties':{'a':{'type':'integer','description':'first addend'},"
                + "'b':{'type':'integer'}},'required':['a','b']}"), add.inputSchema());
        assertNull(add.outputSchema());

        Tool greet = scan(new WeatherTools()).get("greet").tool();
        assertEquals("Greeter", greet.title());
        assertNull(greet.description());
        assertEquals(json("{'type':'object','properties':{'who':{'type':'string'},'greeting':{'type':'string'}},"
                + "'required':['who']}"), greet.inputSchema());
    }

    @Test
    void derivesNestedRecordEnumAndCollectionSchemas() {
        Map<String, AnnotatedTools.Definition> tools = scan(new WeatherTools());
        JsonNode forecast = tools.get("forecast").tool().inputSchema();
        assertEquals(json("{'type':'object','properties':{"
                + "'place':{'type':'object','properties':{'city':{'type':'string','description':'City name'},"
                + "'country':{'type':'string'}},'required':['city'],'description':'Where'},"
                + "'unit':{'type':'string','enum':['CELSIUS','FAHRENHEIT']}},'required':['place']}"), forecast);
        JsonNode counts = tools.get("counts").tool().inputSchema();
        assertEquals(json("{'type':'object','properties':{'words':{'type':'array','items':{'type':'string'}},"
                + "'more':{'type':'array','items':{'type':'string'}},'limit':{'type':'integer'}}}"), counts);
        assertEquals(json("{'type':'object','properties':{'anything':{}}}"), tools.get("raw").tool().inputSchema());
        assertEquals(json("{'type':'object','properties':{}}"), tools.get("noop").tool().inputSchema());
    }

    @Test
    void recordResultGivesOutputSchemaAndStructuredContent() throws Exception {
        WeatherTools holder = new WeatherTools();
        AnnotatedTools.Definition forecast = scan(holder).get("forecast");
        assertEquals(json("{'type':'object','properties':{'city':{'type':'string'},"
                + "'temperature':{'type':'number'},'unit':{'type':'string','enum':['CELSIUS','FAHRENHEIT']},"
                + "'notes':{'type':'array','items':{'type':'string'}},"
                + "'at':{'type':'string','format':'date-time'}},'required':['temperature']}"),
                forecast.tool().outputSchema());

        RequestContext request = FakeRequests.withArguments(json("{'place':{'city':'Oslo','extra':1},"
                + "'unit':'FAHRENHEIT'}"));
        CallToolResult result = forecast.handler().call(request);
        assertSame(request, holder.seen);
        assertEquals("Oslo", result.structuredContent().get("city").stringValue());
        assertEquals("FAHRENHEIT", result.structuredContent().get("unit").stringValue());
        assertEquals(result.structuredContent(), JSON.readTree(text(result)));
        ToolSchemas schemas = ToolSchemas.compile(forecast.tool());
        assertEquals(Optional.empty(), schemas.validateOutput(result.structuredContent()));
        assertEquals(Optional.empty(), schemas.validateInput(json("{'place':{'city':'Oslo'}}")));
        assertTrue(schemas.validateInput(json("{'place':{}}")).isPresent());
        assertTrue(schemas.validateInput(json("{'place':{'city':'Oslo'},'unit':'KELVIN'}")).isPresent());
    }

    @Test
    void convertsArgumentsAndReturnValues() throws Exception {
        Map<String, AnnotatedTools.Definition> tools = scan(new WeatherTools());
        CallToolResult sum = call(tools.get("add"), "{'a':2,'b':3}");
        assertEquals("5", text(sum));
        assertNull(sum.structuredContent());
        assertEquals("Hello, Ada", text(call(tools.get("greet"), "{'who':'Ada'}")));
        assertEquals("Hi, Ada", text(call(tools.get("greet"), "{'who':'Ada','greeting':'Hi'}")));
        CallToolResult raw = call(tools.get("raw"), "{'anything':[1,{'x':null}]}");
        assertEquals(Boolean.TRUE, raw.isError());
        assertEquals("raw:[1,{\"x\":null}]", text(raw));
        assertEquals("block", text(call(tools.get("content"), "{}")));
        CallToolResult counts = call(tools.get("counts"), "{'words':['ab','abc'],'more':['x']}");
        assertEquals(json("{'ab':2,'abc':3}"), counts.structuredContent());
        CallToolResult numbers = call(tools.get("numbers"), "{}");
        assertNull(numbers.structuredContent(), "structuredContent must be an object");
        assertEquals("[1,2,3]", text(numbers));
        CallToolResult nothing = call(tools.get("noop"), "{}");
        assertTrue(nothing.content().isEmpty());
    }

    @Test
    void missingArgumentsBecomeDefaults() throws Exception {
        AnnotatedTools.Definition add = scan(new WeatherTools()).get("add");
        assertEquals("0", text(call(add, "{}")));
        assertEquals("Hello, null", text(call(scan(new WeatherTools()).get("greet"), "{'who':null}")));
    }

    @Test
    void unconvertibleArgumentIsAToolError() throws Exception {
        CallToolResult result = call(scan(new WeatherTools()).get("add"), "{'a':'not a number','b':1}");
        assertEquals(Boolean.TRUE, result.isError());
        assertTrue(text(result).contains("\"a\""), text(result));
    }

    @Test
    void exceptionsPropagateUnwrapped() {
        AnnotatedTools.Definition fail = scan(new WeatherTools()).get("fail");
        McpException mcp = assertThrows(McpException.class, () -> call(fail, "{'kind':'mcp'}"));
        assertEquals("bad kind", mcp.getMessage());
        assertThrows(java.io.IOException.class, () -> call(fail, "{'kind':'checked'}"));
        assertThrows(IllegalStateException.class, () -> call(fail, "{}"));
    }

    @Test
    void classHolderOffersStaticMethods() throws Exception {
        AnnotatedTools.Definition echo = scan(StaticTools.class).get("echo");
        assertEquals("hey", text(call(echo, "{'text':'hey'}")));
        assertThrows(IllegalArgumentException.class, () -> AnnotatedTools.scan(WeatherTools.class));
    }

    @Test
    void rejectsBadDeclarations() {
        IllegalArgumentException notPublic = assertThrows(IllegalArgumentException.class,
                () -> AnnotatedTools.scan(new PrivateTool()));
        assertTrue(notPublic.getMessage().contains("must be public"), notPublic.getMessage());
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> AnnotatedTools.scan(new Duplicates()));
        assertTrue(duplicate.getMessage().contains("same"), duplicate.getMessage());
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class,
                () -> AnnotatedTools.scan(new BadName()));
        assertTrue(badName.getMessage().contains("has space"), badName.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnnotatedTools.scan(null));
    }

    @Test
    void registersWithTheServerBuilder() {
        McpServer server = McpServer.builder("annotated", "1.0.0").tools(new WeatherTools()).build();
        McpServer.RegisteredTool forecast = server.tool("forecast");
        assertTrue(forecast.schemas().hasOutputSchema());
        assertFalse(server.tool("add").schemas().hasOutputSchema());
        assertTrue(server.tool("add").schemas().validateInput(json("{'a':1}")).orElseThrow().contains("b"));
    }
}
