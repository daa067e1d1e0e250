package io.agentwire.mcp.schema;

import java.util.List;

/** Turns violation lists into the short text a model or a developer reads in an error result. */
final class Violations {
    /** Enough to fix a call; more would drown the useful part and bloat the model's context. */
    static final int MAX_LISTED = 10;

    private Violations() {
    }

    static String join(List<String> violations) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(violations.size(), MAX_LISTED);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append("; ");
            }
            out.append(violations.get(i));
        }
        if (violations.size() > shown) {
            out.append("; and ").append(violations.size() - shown).append(" more");
        }
        return out.toString();
    }
}
