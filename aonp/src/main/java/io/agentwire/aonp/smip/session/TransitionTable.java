package io.agentwire.aonp.smip.session;

import java.util.EnumMap;
import java.util.Map;

/** A state machine as a table of (state, event) → state; anything not in the table is illegal. */
final class TransitionTable<S extends Enum<S>, E extends Enum<E>> {
    private final Map<S, Map<E, S>> table;
    private final Class<E> events;

    TransitionTable(Class<S> states, Class<E> events) {
        this.table = new EnumMap<>(states);
        this.events = events;
    }

    void allow(S from, E event, S to) {
        table.computeIfAbsent(from, s -> new EnumMap<>(events)).put(event, to);
    }

    /** The next state, or null when the table has no such transition. */
    S next(S from, E event) {
        return table.getOrDefault(from, Map.of()).get(event);
    }
}
