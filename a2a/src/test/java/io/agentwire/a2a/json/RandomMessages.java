package io.agentwire.a2a.json;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Random;

/**
 * Random but valid messages of any type: every kind of field, nested messages, maps, oneofs, Struct values and
 * timestamps, with edge values (empty strings, escapes, non-ASCII, extreme numbers, unknown enum numbers) and
 * fields at their default value, so REQUIRED fields are printed empty too.
 */
final class RandomMessages {
    private static final List<String> STRINGS = List.of("", "ok", "a b", "<script>&'x'='y'</script>", "\"quoted\" \\ /",
            "\b\f\n\r\t\u0000\u001f\u007f", "é中文ß", "😀 emoji", "\u2028\u2029", "https://example.com/a?b=c&d=e",
            "TASK_STATE_WORKING", "12345678901234567890", "text/plain");
    private static final String CHARS = "aZ09 <>&='\"\\/\n\t\u0001\u007fé中😀\u2028-_.:";
    private static final int[] INTS = {0, 1, -1, 42, Integer.MIN_VALUE, Integer.MAX_VALUE};
    private static final double[] DOUBLES = {0, -0.0, 1, -1.5, 0.1, 1e21, 1e-7, 123456789012345678.0, Double.MIN_VALUE,
            Double.MAX_VALUE, 3.14159, 1e300, -2.5e-300, 100};
    private static final long MIN_SECONDS = -62135596800L;
    private static final long MAX_SECONDS = 253402300799L;

    private final Random random;

    RandomMessages(long seed) {
        this.random = new Random(seed);
    }

    Message message(Message.Builder builder) {
        fill(builder, 0);
        return builder.build();
    }

    private void fill(Message.Builder builder, int depth) {
        Descriptor type = builder.getDescriptorForType();
        if (type.equals(Struct.getDescriptor())) {
            builder.mergeFrom(struct(depth));
            return;
        }
        if (type.equals(Value.getDescriptor())) {
            builder.mergeFrom(value(depth));
            return;
        }
        if (type.equals(ListValue.getDescriptor())) {
            builder.mergeFrom(list(depth));
            return;
        }
        if (type.equals(Timestamp.getDescriptor())) {
            builder.mergeFrom(timestamp());
            return;
        }
        int chance = Math.max(15, 65 - depth * 15);
        for (FieldDescriptor field : type.getFields()) {
            if (field.getRealContainingOneof() == null && random.nextInt(100) < chance) {
                set(builder, field, depth);
            }
        }
        for (OneofDescriptor oneof : type.getRealOneofs()) {
            if (random.nextInt(100) < chance + 10) {
                set(builder, oneof.getField(random.nextInt(oneof.getFieldCount())), depth);
            }
        }
    }

    private void set(Message.Builder builder, FieldDescriptor field, int depth) {
        if (!field.isRepeated()) {
            builder.setField(field, single(builder, field, depth));
            return;
        }
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            if (field.isMapField()) {
                Message.Builder entry = builder.newBuilderForField(field);
                FieldDescriptor key = field.getMessageType().findFieldByName("key");
                FieldDescriptor value = field.getMessageType().findFieldByName("value");
                entry.setField(key, single(entry, key, depth));
                entry.setField(value, single(entry, value, depth));
                builder.addRepeatedField(field, entry.build());
            } else {
                builder.addRepeatedField(field, single(builder, field, depth));
            }
        }
    }

    private Object single(Message.Builder owner, FieldDescriptor field, int depth) {
        switch (field.getJavaType()) {
            case INT:
                return random.nextBoolean() ? INTS[random.nextInt(INTS.length)] : random.nextInt();
            case LONG:
                return random.nextLong();
            case BOOLEAN:
                return random.nextBoolean();
            case FLOAT:
                return (float) DOUBLES[random.nextInt(DOUBLES.length)];
            case DOUBLE:
                return DOUBLES[random.nextInt(DOUBLES.length)];
            case STRING:
                return string();
            case BYTE_STRING:
                byte[] bytes = new byte[random.nextInt(9)];
                random.nextBytes(bytes);
                return ByteString.copyFrom(bytes);
            case ENUM:
                return enumValue(field.getEnumType());
            default:
                Message.Builder nested = owner.newBuilderForField(field);
                if (depth < 5) {
                    fill(nested, depth + 1);
                }
                return nested.build();
        }
    }

    private Object enumValue(EnumDescriptor type) {
        if (random.nextInt(10) == 0) {
            // A number this version does not know: printed as the number.
            return type.findValueByNumberCreatingIfUnknown(40 + random.nextInt(10));
        }
        return type.getValues().get(random.nextInt(type.getValues().size()));
    }

    String string() {
        if (random.nextBoolean()) {
            return STRINGS.get(random.nextInt(STRINGS.size()));
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(CHARS.codePointAt(CHARS.offsetByCodePoints(0, random.nextInt(CHARS.codePointCount(0, CHARS.length())))));
        }
        return text.toString();
    }

    private Timestamp timestamp() {
        long seconds = MIN_SECONDS + (long) (random.nextDouble() * (MAX_SECONDS - MIN_SECONDS));
        int[] nanos = {0, random.nextInt(1000) * 1_000_000, random.nextInt(1_000_000) * 1000, random.nextInt(1_000_000_000)};
        return Timestamp.newBuilder().setSeconds(seconds).setNanos(nanos[random.nextInt(nanos.length)]).build();
    }

    private Struct struct(int depth) {
        Struct.Builder struct = Struct.newBuilder();
        int count = random.nextInt(depth > 3 ? 2 : 5);
        for (int i = 0; i < count; i++) {
            struct.putFields(string(), value(depth + 1));
        }
        return struct.build();
    }

    private ListValue list(int depth) {
        ListValue.Builder list = ListValue.newBuilder();
        int count = random.nextInt(depth > 3 ? 2 : 4);
        for (int i = 0; i < count; i++) {
            list.addValues(value(depth + 1));
        }
        return list.build();
    }

    private Value value(int depth) {
        int kind = random.nextInt(depth > 4 ? 4 : 6);
        switch (kind) {
            case 0:
                return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
            case 1:
                double number = random.nextBoolean() ? DOUBLES[random.nextInt(DOUBLES.length)] : random.nextInt(1000);
                return Value.newBuilder().setNumberValue(number).build();
            case 2:
                return Value.newBuilder().setStringValue(string()).build();
            case 3:
                return Value.newBuilder().setBoolValue(random.nextBoolean()).build();
            case 4:
                return Value.newBuilder().setStructValue(struct(depth)).build();
            default:
                return Value.newBuilder().setListValue(list(depth)).build();
        }
    }
}
