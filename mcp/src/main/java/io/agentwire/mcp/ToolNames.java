package io.agentwire.mcp;

/**
 * MCP tool-name rules. SEP-986 (2025-11-25) allows 1 to 128 characters of {@code A-Z a-z 0-9 _ - .}; {@code /}
 * is accepted as well because the official conformance suite accepts {@code ^[A-Za-z0-9_./-]+$} and servers in
 * the wild namespace tools that way. Anything else (spaces, commas, non-ASCII) is rejected at registration so
 * that no client meets a name it cannot call.
 */
public final class ToolNames {
    /** The longest name SEP-986 allows. */
    public static final int MAX_LENGTH = 128;

    private ToolNames() {
    }

    /** Whether the name follows the rules. */
    public static boolean isValid(String name) {
        return problem(name) == null;
    }

    /** @throws IllegalArgumentException when the name breaks the rules, saying which rule */
    public static void check(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid tool name " + (name == null ? "null" : "\"" + name + "\"")
                    + ": " + problem);
        }
    }

    private static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "a tool name must not be empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "a tool name must be at most " + MAX_LENGTH + " characters, this one has " + name.length();
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAllowed(c)) {
                return "character " + describe(c) + " at index " + i
                        + " is not allowed; use only A-Z, a-z, 0-9, '_', '-', '.' and '/'";
            }
        }
        return null;
    }

    private static boolean isAllowed(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-' || c == '.' || c == '/';
    }

    private static String describe(char c) {
        return c >= 0x21 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
