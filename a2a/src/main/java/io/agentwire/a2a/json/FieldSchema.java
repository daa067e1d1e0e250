package io.agentwire.a2a.json;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;

/** What printing and parsing need to know about one field, worked out once per field rather than per call. */
final class FieldSchema {
    final FieldDescriptor descriptor;
    /** The camelCase {@code json_name}, escaped once. */
    final EscapedName jsonName;
    final boolean repeated;
    final boolean map;
    /**
     * Printed even at its default value: a REQUIRED field, except singular messages and oneof members, which
     * JsonFormat never prints when unset.
     */
    final boolean printDefault;
    /** The key and value fields of a map entry, or {@code null}. */
    final FieldDescriptor mapKey;
    final FieldDescriptor mapValue;

    FieldSchema(FieldDescriptor descriptor) {
        this.descriptor = descriptor;
        this.jsonName = new EscapedName(descriptor.getJsonName());
        this.repeated = descriptor.isRepeated();
        this.map = descriptor.isMapField();
        boolean singularMessage = !repeated && descriptor.getJavaType() == JavaType.MESSAGE;
        this.printDefault = RequiredFields.isRequired(descriptor) && !singularMessage
                && descriptor.getContainingOneof() == null;
        this.mapKey = map ? descriptor.getMessageType().findFieldByName("key") : null;
        this.mapValue = map ? descriptor.getMessageType().findFieldByName("value") : null;
    }
}
