package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One block of tool-result or prompt content. The {@code type} discriminator is fixed by each variant.
 */
public sealed interface Content permits TextContent, ImageContent, AudioContent, EmbeddedResource, ResourceLink {
    @JsonProperty("type")
    String type();

    static TextContent text(String text) {
        return new TextContent(text, null);
    }

    static ImageContent image(String base64, String mimeType) {
        return new ImageContent(base64, mimeType, null);
    }

    static AudioContent audio(String base64, String mimeType) {
        return new AudioContent(base64, mimeType, null);
    }

    static EmbeddedResource resource(ResourceContents contents) {
        return new EmbeddedResource(contents, null);
    }
}
