package io.agentwire.mcp;

import java.util.Locale;
import java.util.Optional;

/** Syslog severities used by MCP logging, least to most severe. */
public enum LoggingLevel {
    DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LoggingLevel> parse(String wire) {
        for (LoggingLevel level : values()) {
            if (level.wireName().equals(wire)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
