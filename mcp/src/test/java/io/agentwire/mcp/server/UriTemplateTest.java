package io.agentwire.mcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expansion vectors cover every operator and modifier of RFC 6570 levels 1 to 4, on our own sample values. */
class UriTemplateTest {
    private static final Map<String, Object> VARS = vars();

    private static Map<String, Object> vars() {
        Map<String, Object> dims = new LinkedHashMap<>();
        dims.put("w", "10");
        dims.put("h", "20");
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("on", "");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("city", "Paris");
        v.put("word", "hi there!");
        v.put("empty", "");
        v.put("path", "/docs/a b");
        v.put("slash", "x/y");
        v.put("tags", List.of("red", "green", "blue"));
        v.put("dims", dims);
        v.put("flags", flags);
        v.put("none", List.of());
        v.put("nums", new int[] {1, 2});
        v.put("cafe", "caf\u00e9");
        v.put("smile", "\uD83D\uDE00ab");
        v.put("n", 42);
        return v;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // level 1
        "{city}                 | Paris",
        "{word}                 | hi%20there%21",
        "{slash}                | x%2Fy",
        "{n}                    | 42",
        "{undefinedVar}         | \"\"",
        // level 2
        "{+slash}               | x/y",
        "{+path}/end            | /docs/a%20b/end",
        "{+word}                | hi%20there!",
        "{#path}                | #/docs/a%20b",
        "{#word}                | #hi%20there!",
        "pre{+undefinedVar}post | prepost",
        // level 3
        "{city,empty}           | Paris,",
        "{city,undefinedVar,slash} | Paris,x%2Fy",
        "{+path,slash}          | /docs/a%20b,x/y",
        "{#path,city}           | #/docs/a%20b,Paris",
        "X{.city}               | X.Paris",
        "X{.city,empty}         | X.Paris.",
        "{/city}                | /Paris",
        "{/city,slash}          | /Paris/x%2Fy",
        "{;city,empty}          | ;city=Paris;empty",
        "{?city,empty}          | ?city=Paris&empty=",
        "{?undefinedVar}        | \"\"",
        "?fixed=1{&city,empty}  | ?fixed=1&city=Paris&empty=",
        // level 4: prefixes
        "{city:3}               | Par",
        "{word:4}               | hi%20t",
        "{city:30}              | Paris",
        "{+path:5}/x            | /docs/x",
        "{cafe:4}               | caf%C3%A9",
        "{smile:1}              | %F0%9F%98%80",
        "{;city:2}              | ;city=Pa",
        "{?city:1}              | ?city=P",
        // level 4: composites
        "{tags}                 | red,green,blue",
        "{tags*}                | red,green,blue",
        "{dims}                 | w,10,h,20",
        "{dims*}                | w=10,h=20",
        "{#tags*}               | #red,green,blue",
        "X{.tags}               | X.red,green,blue",
        "X{.tags*}              | X.red.green.blue",
        "X{.dims*}              | X.w=10.h=20",
        "{/tags*}               | /red/green/blue",
        "{/tags*,city:2}        | /red/green/blue/Pa",
        "{/dims*}               | /w=10/h=20",
        "{;tags}                | ;tags=red,green,blue",
        "{;tags*}               | ;tags=red;tags=green;tags=blue",
        "{;dims*}               | ;w=10;h=20",
        "{;flags*}              | ;on",
        "{?tags}                | ?tags=red,green,blue",
        "{?tags*}               | ?tags=red&tags=green&tags=blue",
        "{?dims}                | ?dims=w,10,h,20",
        "{?dims*}               | ?w=10&h=20",
        "{?flags*}              | ?on=",
        "{&tags*}               | &tags=red&tags=green&tags=blue",
        "{?nums}                | ?nums=1,2",
        "{?none}                | \"\"",
        "{?none,city}           | ?city=Paris",
        // literals outside expressions keep reserved characters, encode the rest
        "a b/{city}?x=1#f       | a%20b/Paris?x=1#f",
        "%7E{city}              | %7EParis",
    })
    void expands(String template, String expected) {
        assertEquals(expected, UriTemplate.parse(template).expand(VARS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "a}b", "{}", "{=x}", "{|x}", "{a b}", "{a:0}", "{a:10000}", "x{a{b}}",
        "{.}", "{a..b}", "{a,}"})
    void rejectsMalformedTemplates(String template) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse(template));
        assertTrue(e.getMessage().contains(template), e.getMessage());
    }

    @Test
    void nullValuesAndMapsAreUndefined() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("a", null);
        vars.put("b", Optional.empty());
        vars.put("c", Optional.of("z"));
        assertEquals("?c=z", UriTemplate.parse("{?a,b,c}").expand(vars));
        assertEquals("", UriTemplate.parse("{x}").expand(null));
    }

    @Test
    void variableNamesInOrder() {
        assertEquals(Set.of("id", "q", "page"), UriTemplate.parse("res://{id}{?q,page}{&q}").variableNames());
        assertEquals(List.of("id", "q", "page"),
                List.copyOf(UriTemplate.parse("res://{id}{?q,page}{&q}").variableNames()));
    }

    @Test
    void matchesTheMcpResourceTemplate() {
        UriTemplate t = UriTemplate.parse("test://template/{id}/data");
        assertEquals(Optional.of(Map.of("id", "123")), t.match("test://template/123/data"));
        assertEquals(Optional.of(Map.of("id", "a b")), t.match("test://template/a%20b/data"));
        assertEquals(Optional.of(Map.of("id", "x/y")), t.match("test://template/x%2Fy/data"));
        assertEquals(Optional.empty(), t.match("test://template/1/2/data"));
        assertEquals(Optional.empty(), t.match("test://other/1/data"));
        assertEquals(Optional.empty(), t.match("test://template/1/data/more"));
        assertEquals(Optional.empty(), t.match(null));
    }

    @Test
    void reservedExpansionSpansSegments() {
        UriTemplate t = UriTemplate.parse("file:///{+path}");
        assertEquals(Optional.of(Map.of("path", "a/b/c.txt")), t.match("file:///a/b/c.txt"));
        UriTemplate withQuery = UriTemplate.parse("repo://{owner}/{+path}{?ref}");
        assertEquals(Optional.of(Map.of("owner", "me", "path", "src/Main.java", "ref", "v1")),
                withQuery.match("repo://me/src/Main.java?ref=v1"));
        assertEquals(Optional.of(Map.of("owner", "me", "path", "README")), withQuery.match("repo://me/README"));
    }

    @Test
    void queryParametersMatchInAnyOrder() {
        UriTemplate t = UriTemplate.parse("/search{?q,lang}");
        assertEquals(Optional.of(Map.of("q", "caf\u00e9", "lang", "fr")), t.match("/search?lang=fr&q=caf%C3%A9"));
        assertEquals(Optional.of(Map.of()), t.match("/search"));
        assertEquals(Optional.of(Map.of("q", "x")), t.match("/search?q=x&other=1"));
        assertEquals(Optional.of(Map.of("q", "")), t.match("/search?q="));
        UriTemplate continued = UriTemplate.parse("/list{?page}{&size}");
        assertEquals(Optional.of(Map.of("page", "2", "size", "10")), continued.match("/list?page=2&size=10"));
    }

    @Test
    void pathAndLabelOperatorsSplitPerVariable() {
        assertEquals(Optional.of(Map.of("id", "7", "sub", "notes")),
                UriTemplate.parse("/items{/id,sub}").match("/items/7/notes"));
        assertEquals(Optional.of(Map.of("id", "7")), UriTemplate.parse("/items{/id,sub}").match("/items/7"));
        assertEquals(Optional.empty(), UriTemplate.parse("/items{/id,sub}").match("/items/7/notes/more"));
        assertEquals(Optional.of(Map.of("name", "report", "ext", "pdf")),
                UriTemplate.parse("/{name}{.ext}").match("/report.pdf"));
        assertEquals(Optional.of(Map.of("tags", "red,green,blue")),
                UriTemplate.parse("/x{/tags*}").match("/x/red/green/blue"));
    }

    @Test
    void matrixAndFragmentOperators() {
        assertEquals(Optional.of(Map.of("w", "10", "h", "")), UriTemplate.parse("/img{;w,h}").match("/img;w=10;h"));
        assertEquals(Optional.of(Map.of("id", "1", "frag", "sec/2")),
                UriTemplate.parse("doc://{id}{#frag}").match("doc://1#sec/2"));
        assertEquals(Optional.of(Map.of("id", "1")), UriTemplate.parse("doc://{id}{#frag}").match("doc://1"));
    }

    @Test
    void explodedQueryMapYieldsItsPairs() {
        assertEquals(Optional.of(Map.of("a", "1", "b", "x y")),
                UriTemplate.parse("/f{?params*}").match("/f?a=1&b=x%20y"));
    }

    @Test
    void expandThenMatchRoundTrips() {
        Map<String, String> values = Map.of("id", "a b/c,d?e#f%", "q", "100% sure & more", "page", "3");
        for (String template : List.of("x://{id}/y{?q,page}", "x://{+id}", "x://h{/id}{?q}{&page}",
                "x://h{;q,page}", "x://h/{page}{#id}", "x://{page}{.q}")) {
            UriTemplate t = UriTemplate.parse(template);
            Map<String, String> used = new LinkedHashMap<>();
            for (String name : t.variableNames()) {
                used.put(name, values.get(name));
            }
            String uri = t.expand(used);
            if (template.equals("x://{+id}")) {
                // reserved expansion does not encode '?' and '#', so the value cannot survive a round trip
                continue;
            }
            assertEquals(Optional.of(used), t.match(uri), template + " -> " + uri);
        }
    }

    @Test
    void toStringEqualsAndHash() {
        UriTemplate a = UriTemplate.parse("a://{x}");
        assertEquals("a://{x}", a.toString());
        assertEquals(a, UriTemplate.parse("a://{x}"));
        assertEquals(a.hashCode(), UriTemplate.parse("a://{x}").hashCode());
    }
}
