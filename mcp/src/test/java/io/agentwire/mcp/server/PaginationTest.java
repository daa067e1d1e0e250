package io.agentwire.mcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.agentwire.mcp.McpException;

class PaginationTest {
    private final Pagination pagination = new Pagination(2);

    @Test
    void walksAllItemsWithOpaqueCursors() {
        Pagination.Page first = pagination.page(5, null);
        assertEquals(0, first.from());
        assertEquals(2, first.to());
        Pagination.Page second = pagination.page(5, first.nextCursor().orElseThrow());
        assertEquals(2, second.from());
        Pagination.Page third = pagination.page(5, second.nextCursor().orElseThrow());
        assertEquals(4, third.from());
        assertEquals(5, third.to());
        assertTrue(third.nextCursor().isEmpty());
    }

    @Test
    void rejectsForgedCursorsWithInvalidParams() {
        McpException e = assertThrows(McpException.class, () -> pagination.page(5, "not-a-cursor"));
        assertEquals(-32602, e.code());
        assertThrows(McpException.class, () -> pagination.page(5, java.util.Base64.getUrlEncoder().encodeToString("o:99".getBytes())));
    }
}
