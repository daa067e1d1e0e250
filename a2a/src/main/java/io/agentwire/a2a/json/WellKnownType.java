package io.agentwire.a2a.json;

import com.google.protobuf.Descriptors.Descriptor;

/** The {@code google.protobuf} messages whose ProtoJSON form is not an object of their fields. */
enum WellKnownType {
    NONE, TIMESTAMP, DURATION, STRUCT, VALUE, LIST_VALUE, WRAPPER, FIELD_MASK, ANY;

    static WellKnownType of(Descriptor message) {
        switch (message.getFullName()) {
            case "google.protobuf.Timestamp":
                return TIMESTAMP;
            case "google.protobuf.Duration":
                return DURATION;
            case "google.protobuf.Struct":
                return STRUCT;
            case "google.protobuf.Value":
                return VALUE;
            case "google.protobuf.ListValue":
                return LIST_VALUE;
            case "google.protobuf.FieldMask":
                return FIELD_MASK;
            case "google.protobuf.Any":
                return ANY;
            case "google.protobuf.DoubleValue":
            case "google.protobuf.FloatValue":
            case "google.protobuf.Int64Value":
            case "google.protobuf.UInt64Value":
            case "google.protobuf.Int32Value":
            case "google.protobuf.UInt32Value":
            case "google.protobuf.BoolValue":
            case "google.protobuf.StringValue":
            case "google.protobuf.BytesValue":
                return WRAPPER;
            default:
                // Empty is an ordinary message with no fields: {}.
                return NONE;
        }
    }
}
