package io.agentwire.a2a.card.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** RFC 8785 behaviour: number forms, string escapes, member order by UTF-16 code units. */
class JcsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String canonical(String json) {
        return new String(Jcs.canonicalize(JSON.readTree(json)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"0.0,0", "-0.0,0", "1.0E21,1e+21", "1.0E20,100000000000000000000", "1.0E-7,1e-7", "1.0E-6,0.000001",
            "333333333.3333333,333333333.3333333", "4.9E-324,5e-324", "1.7976931348623157E308,1.7976931348623157e+308",
            "4.5,4.5", "-1.5,-1.5", "100,100", "1.2345678901234568E20,123456789012345680000", "0.1,0.1",
            "9007199254740992,9007199254740992", "-5.0E-7,-5e-7", "295147905179352830000,295147905179352830000"})
    void numbersUseTheEcmaScriptForm(double value, String expected) {
        assertEquals(expected, Jcs.number(value));
    }

    @Test
    void stringsAreEscapedLikeJsonStringify() {
        assertEquals("\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"", canonical("\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\""));
        assertEquals("\"\\b\\f\\t\\r\\u001f\"", canonical("\"\\b\\f\\t\\r\\u001f\""));
    }

    @Test
    void membersSortByUtf16CodeUnits() {
        String json = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}", canonical(json));
    }

    @Test
    void nestedStructuresLoseAllWhitespace() {
        assertEquals("{\"a\":[1,true,null,{\"b\":\"c\",\"d\":[]}],\"e\":{}}", canonical("{ \"e\" : { }, \"a\": [ 1.0, true, null, {\"d\":[ ], \"b\":\"c\"} ] }"));
    }
}
