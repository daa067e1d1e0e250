package io.agentwire.aonp.m2tp;

/**
 * What a sender says about a message in GROUP_OPEN.
 *
 * @param contentType the media type, or null
 * @param size        the size in bytes when known, else null
 * @param name        a file or part name, or null
 */
public record MessageMeta(String contentType, Long size, String name) {
}
