package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Hints about how content is meant to be used: who it is for, how important it is, when it last changed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Annotations(List<String> audience, Double priority, String lastModified) {
}
