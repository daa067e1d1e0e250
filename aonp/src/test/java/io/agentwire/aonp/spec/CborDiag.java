package io.agentwire.aonp.spec;

import java.util.Iterator;
import java.util.Map;

import io.netty.buffer.ByteBufUtil;
import tools.jackson.databind.JsonNode;

/** CBOR diagnostic notation (RFC 8949 §8) of a decoded tree, as the spec's vectors write it. */
final class CborDiag {
    private CborDiag() {
    }

    static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append('"').append(field.getKey()).append("\": ");
                write(field.getValue(), out);
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isBinary()) {
            out.append("h'").append(ByteBufUtil.hexDump(node.binaryValue())).append('\'');
        } else if (node.isString()) {
            out.append('"').append(node.stringValue()).append('"');
        } else {
            out.append(node.toString());
        }
    }
}
