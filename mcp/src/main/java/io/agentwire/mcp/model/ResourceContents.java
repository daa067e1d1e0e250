package io.agentwire.mcp.model;

/** The contents of one resource: text or a base64 blob. */
public sealed interface ResourceContents permits TextResourceContents, BlobResourceContents {
    String uri();

    String mimeType();

    static TextResourceContents text(String uri, String mimeType, String text) {
        return new TextResourceContents(uri, mimeType, text);
    }

    static BlobResourceContents blob(String uri, String mimeType, String base64) {
        return new BlobResourceContents(uri, mimeType, base64);
    }
}
