package io.agentwire.mcp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"a", "get_weather", "getWeather2", "admin.tools.list", "DATA_EXPORT_v2", "kebab-case",
        "ns/tool.v2-beta", "_", "-", "..", "0"})
    void acceptsAllowedNames(String name) {
        assertDoesNotThrow(() -> ToolNames.check(name));
        assertTrue(ToolNames.isValid(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "comma,name", "colon:name", "caf\u00e9", "tab\tname", "a@b", "q?",
        "new\nline", "emoji\uD83D\uDE00"})
    void rejectsOtherCharacters(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToolNames.check(name));
        assertTrue(e.getMessage().startsWith("Invalid tool name"), e.getMessage());
        assertFalse(ToolNames.isValid(name));
    }

    @Test
    void lengthIsOneTo128() {
        assertDoesNotThrow(() -> ToolNames.check("x".repeat(128)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ToolNames.check("x".repeat(129)));
        assertTrue(e.getMessage().contains("128"), e.getMessage());
    }

    @Test
    void nullIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToolNames.check(null));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void messageNamesTheOffendingCharacter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToolNames.check("ab cd"));
        assertTrue(e.getMessage().contains("U+0020") && e.getMessage().contains("index 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ToolNames.check("a,b"));
        assertTrue(e.getMessage().contains("','"), e.getMessage());
    }
}
