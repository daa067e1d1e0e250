package io.agentwire.a2a.card.sign;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.json.RequiredFields;
import io.agentwire.a2a.model.AgentCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bytes an Agent Card signature covers (specification section 8.4.1): the card's JSON without
 * {@code signatures}, reduced by the proto field-presence rules, then RFC 8785. The rules work on the JSON as
 * received, guided by the proto descriptors: a field that is present stays if it is REQUIRED or has explicit
 * presence ({@code optional}, messages), and is dropped if it merely holds its default ({@code ""}, {@code false},
 * {@code 0}, {@code []}, {@code {}}). Absent fields stay absent, so the specification's worked example, a card
 * fragment, comes out byte for byte; unknown fields are kept as they are, since their defaults are unknown.
 */
public final class AgentCardCanonicalizer {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AgentCardCanonicalizer() {
    }

    /** The signed payload of a card in our model. */
    public static byte[] payload(AgentCard card) {
        return payload(JSON.readTree(ProtoJson.print(card)));
    }

    /** The signed payload of a card as JSON (for verifying a card exactly as it was received). */
    public static byte[] payload(JsonNode cardJson) {
        if (!cardJson.isObject()) {
            throw new IllegalArgumentException("An Agent Card is a JSON object");
        }
        ObjectNode copy = ((ObjectNode) cardJson).deepCopy();
        copy.remove("signatures");
        return Jcs.canonicalize(reduce(copy, AgentCard.getDescriptor()));
    }

    private static JsonNode reduce(ObjectNode object, Descriptor descriptor) {
        List<String> names = new ArrayList<>(object.propertyNames());
        for (String name : names) {
            FieldDescriptor field = field(descriptor, name);
            if (field == null) {
                continue;
            }
            JsonNode value = object.get(name);
            if (!RequiredFields.isRequired(field) && !field.hasPresence() && isDefault(value)) {
                object.remove(name);
                continue;
            }
            reduceChildren(field, value);
        }
        return object;
    }

    private static void reduceChildren(FieldDescriptor field, JsonNode value) {
        if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || isWellKnown(field.getMessageType())) {
            return;
        }
        if (field.isMapField()) {
            FieldDescriptor valueField = field.getMessageType().findFieldByName("value");
            if (valueField.getJavaType() == FieldDescriptor.JavaType.MESSAGE && value.isObject()) {
                for (Map.Entry<String, JsonNode> entry : value.properties()) {
                    if (entry.getValue().isObject()) {
                        reduce((ObjectNode) entry.getValue(), valueField.getMessageType());
                    }
                }
            }
        } else if (field.isRepeated() && value.isArray()) {
            for (JsonNode element : value) {
                if (element.isObject()) {
                    reduce((ObjectNode) element, field.getMessageType());
                }
            }
        } else if (value.isObject()) {
            reduce((ObjectNode) value, field.getMessageType());
        }
    }

    /** Struct, Value, Timestamp and friends are data, not model: left exactly as they are. */
    private static boolean isWellKnown(Descriptor type) {
        return type.getFullName().startsWith("google.protobuf.");
    }

    private static FieldDescriptor field(Descriptor descriptor, String jsonName) {
        for (FieldDescriptor field : descriptor.getFields()) {
            if (field.getJsonName().equals(jsonName) || field.getName().equals(jsonName)) {
                return field;
            }
        }
        return null;
    }

    private static boolean isDefault(JsonNode value) {
        return value.isNull()
                || value.isString() && value.stringValue().isEmpty()
                || value.isBoolean() && !value.booleanValue()
                || value.isNumber() && value.doubleValue() == 0
                || (value.isArray() || value.isObject()) && value.isEmpty();
    }
}
