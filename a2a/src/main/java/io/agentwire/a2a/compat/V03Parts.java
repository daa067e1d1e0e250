package io.agentwire.a2a.compat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Value;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.Part;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parts: 0.3's three {@code kind}s ({@code text}; {@code file} with {@code file.bytes} or {@code file.uri} plus
 * {@code mimeType} and {@code name}; {@code data} with a JSON object) against 1.0's flat {@link Part} ({@code text},
 * {@code raw}, {@code url} or {@code data}, with {@code mediaType} and {@code filename} beside them).
 */
final class V03Parts {
    /** The key a non-object 1.0 data value is wrapped under, since a 0.3 data part must hold an object. */
    static final String WRAPPED_DATA_KEY = "value";

    private V03Parts() {
    }

    static Part fromV03(JsonNode json, String path) {
        V03Json.requireObject(json, path);
        Part.Builder part = Part.newBuilder();
        switch (kind(json, path)) {
            case "text":
                part.setText(V03Json.string(json, "text", path));
                break;
            case "file":
                file(V03Json.object(json, "file", path), path + ".file", part);
                break;
            case "data":
                part.setData(Value.newBuilder().setStructValue(V03Values.struct(json.get("data"), path + ".data")));
                break;
            default:
                throw A2aException.invalidParams(path + ".kind \"" + json.get("kind").stringValue()
                        + "\" is not a 0.3 part kind (text, file or data)");
        }
        if (V03Json.present(json, "metadata")) {
            part.setMetadata(V03Values.struct(json.get("metadata"), path + ".metadata"));
        }
        return part.build();
    }

    /** The part's {@code kind}; a part without one is recognised by its content, as lenient 0.3 readers do. */
    private static String kind(JsonNode json, String path) {
        String kind = V03Json.optString(json, "kind", path);
        if (kind != null) {
            return kind;
        }
        if (V03Json.present(json, "text")) {
            return "text";
        }
        if (V03Json.present(json, "file")) {
            return "file";
        }
        if (V03Json.present(json, "data")) {
            return "data";
        }
        throw A2aException.invalidParams(path + " has no kind and no text, file or data");
    }

    private static void file(JsonNode file, String path, Part.Builder part) {
        String bytes = V03Json.optString(file, "bytes", path);
        String uri = V03Json.optString(file, "uri", path);
        if (bytes != null && uri != null) {
            throw A2aException.invalidParams(path + " has both bytes and uri; a 0.3 file carries one of them");
        }
        if (bytes != null) {
            part.setRaw(decode(bytes, path + ".bytes"));
        } else if (uri != null) {
            part.setUrl(uri);
        } else {
            throw A2aException.invalidParams(path + " needs bytes or uri");
        }
        String mimeType = V03Json.optString(file, "mimeType", path);
        if (mimeType != null) {
            part.setMediaType(mimeType);
        }
        String name = V03Json.optString(file, "name", path);
        if (name != null) {
            part.setFilename(name);
        }
    }

    /** Standard base64 as 0.3 asks; the URL-safe alphabet is taken too, since some senders use it. */
    private static ByteString decode(String base64, String path) {
        try {
            return ByteString.copyFrom(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException notStandard) {
            try {
                return ByteString.copyFrom(Base64.getUrlDecoder().decode(base64));
            } catch (IllegalArgumentException e) {
                throw A2aException.invalidParams(path + " is not base64: " + notStandard.getMessage());
            }
        }
    }

    /**
     * The 0.3 form. A 1.0 text part's {@code mediaType}/{@code filename} have no 0.3 home and are dropped; a 1.0
     * data part that is not an object is wrapped as {@code {"value": ...}}; a part with no content, which the engine
     * never produces, goes out as empty text rather than as an invalid 0.3 part.
     */
    static ObjectNode toV03(Part part) {
        ObjectNode json = V03Json.object();
        switch (part.getContentCase()) {
            case RAW:
            case URL:
                json.put("kind", "file");
                ObjectNode file = json.putObject("file");
                if (part.getContentCase() == Part.ContentCase.RAW) {
                    file.put("bytes", Base64.getEncoder().encodeToString(part.getRaw().toByteArray()));
                } else {
                    file.put("uri", part.getUrl());
                }
                V03Json.putIfNotEmpty(file, "mimeType", part.getMediaType());
                V03Json.putIfNotEmpty(file, "name", part.getFilename());
                break;
            case DATA:
                json.put("kind", "data");
                Value data = part.getData();
                if (data.hasStructValue()) {
                    json.set("data", V03Values.json(data.getStructValue()));
                } else {
                    json.putObject("data").set(WRAPPED_DATA_KEY, V03Values.json(data));
                }
                break;
            default:
                json.put("kind", "text");
                json.put("text", part.getText());
        }
        V03Values.putStruct(json, "metadata", part.hasMetadata(), part.getMetadata());
        return json;
    }
}
