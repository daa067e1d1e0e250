package io.agentwire.mcp.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.agentwire.mcp.McpException;

/**
 * Offset pagination behind opaque cursors. The cursor is the base64url of the next offset; anything else is
 * rejected with {@code -32602}, as the spec asks for invalid cursors.
 */
final class Pagination {
    record Page(int from, int to, Optional<String> nextCursor) {
    }

    private final int pageSize;

    Pagination(int pageSize) {
        this.pageSize = pageSize;
    }

    Page page(int total, String cursor) {
        int from = cursor == null ? 0 : decode(cursor, total);
        int to = Math.min(total, from + pageSize);
        return new Page(from, to, to < total ? Optional.of(encode(to)) : Optional.empty());
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decode(String cursor, int total) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("o:")) {
                int offset = Integer.parseInt(text.substring(2));
                if (offset >= 0 && offset <= total) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw McpException.invalidParams("Invalid cursor");
    }
}
