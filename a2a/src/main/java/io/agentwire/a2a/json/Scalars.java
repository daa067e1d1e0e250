package io.agentwire.a2a.json;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;

/**
 * Scalar field values from the text of a JSON scalar, with JsonFormat's rules: integers from numbers or strings,
 * {@code 1.0} and {@code 1e2} as long as they are whole; floats and doubles range-checked, {@code "NaN"} and
 * {@code "Infinity"} allowed; booleans from {@code true} or {@code "true"}; bytes in either base64 alphabet, padded or
 * not; enums by name or number.
 */
final class Scalars {
    /** {@code new BigDecimal} is quadratic in the length on older JDKs; no real number is this long. */
    private static final int MAX_NUMBER_LENGTH = 1000;
    private static final BigDecimal MAX_UINT32 = new BigDecimal(0xFFFFFFFFL);
    private static final BigDecimal MAX_UINT64 = new BigDecimal(new BigInteger("FFFFFFFFFFFFFFFF", 16));
    /** Printed values may round a little past the limits; JsonFormat allows a relative 1e-6 of slack. */
    private static final double EPSILON = 1e-6;
    private static final BigDecimal MORE_THAN_ONE = new BigDecimal(String.valueOf(1.0 + EPSILON));
    private static final BigDecimal MAX_DOUBLE = new BigDecimal(String.valueOf(Double.MAX_VALUE)).multiply(MORE_THAN_ONE);
    private static final BigDecimal MIN_DOUBLE = MAX_DOUBLE.negate();

    private Scalars() {
    }

    /** The value of a non-message field; enums give their {@link EnumValueDescriptor}. */
    static Object parse(FieldDescriptor field, String text) {
        switch (field.getType()) {
            case INT32:
            case SINT32:
            case SFIXED32:
                return int32(text);
            case INT64:
            case SINT64:
            case SFIXED64:
                return int64(text);
            case UINT32:
            case FIXED32:
                return (int) unsigned(text, MAX_UINT32, "uint32");
            case UINT64:
            case FIXED64:
                return unsigned(text, MAX_UINT64, "uint64");
            case BOOL:
                return bool(text);
            case FLOAT:
                return float32(text);
            case DOUBLE:
                return float64(text);
            case STRING:
                return text;
            case BYTES:
                return bytes(text);
            case ENUM:
                return enumValue(field.getEnumType(), text);
            default:
                throw new JsonInputException("Not a scalar field: " + field.getFullName());
        }
    }

    static int int32(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            try {
                return decimal(text).intValueExact();
            } catch (RuntimeException notWhole) {
                throw new JsonInputException("Not an int32 value: " + text, notWhole);
            }
        }
    }

    private static long int64(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            try {
                return decimal(text).longValueExact();
            } catch (RuntimeException notWhole) {
                throw new JsonInputException("Not an int64 value: " + text, notWhole);
            }
        }
    }

    private static long unsigned(String text, BigDecimal max, String type) {
        BigDecimal value;
        try {
            value = decimal(text);
        } catch (RuntimeException e) {
            throw new JsonInputException("Not an " + type + " value: " + text, e);
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new JsonInputException("Out of range " + type + " value: " + text);
        }
        if (value.remainder(BigDecimal.ONE).signum() != 0) {
            throw new JsonInputException("Not an " + type + " value: " + text);
        }
        return value.longValue();
    }

    private static boolean bool(String text) {
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw new JsonInputException("Invalid bool value: " + text);
    }

    private static float float32(String text) {
        Double special = special(text);
        if (special != null) {
            return special.floatValue();
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new JsonInputException("Not a float value: " + text, e);
        }
        if (value > Float.MAX_VALUE * (1.0 + EPSILON) || value < -Float.MAX_VALUE * (1.0 + EPSILON)) {
            throw new JsonInputException("Out of range float value: " + text);
        }
        return (float) value;
    }

    private static double float64(String text) {
        Double special = special(text);
        if (special != null) {
            return special;
        }
        BigDecimal value;
        try {
            value = decimal(text);
        } catch (RuntimeException e) {
            throw new JsonInputException("Not a double value: " + text, e);
        }
        if (value.compareTo(MAX_DOUBLE) > 0 || value.compareTo(MIN_DOUBLE) < 0) {
            throw new JsonInputException("Out of range double value: " + text);
        }
        return value.doubleValue();
    }

    private static Double special(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return null;
        }
    }

    private static ByteString bytes(String text) {
        try {
            return ByteString.copyFrom(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException standardFailed) {
            try {
                return ByteString.copyFrom(Base64.getUrlDecoder().decode(text));
            } catch (IllegalArgumentException e) {
                throw new JsonInputException("Not base64: " + e.getMessage(), e);
            }
        }
    }

    /**
     * By name, else by number; a number this version does not know is kept (open enums, as JsonFormat), an unknown
     * name is an error rather than a silently dropped value.
     */
    static EnumValueDescriptor enumValue(EnumDescriptor type, String text) {
        EnumValueDescriptor value = type.findValueByName(text);
        if (value != null) {
            return value;
        }
        try {
            int number = int32(text);
            value = type.isClosed() ? type.findValueByNumber(number) : type.findValueByNumberCreatingIfUnknown(number);
        } catch (JsonInputException notANumber) {
            value = null;
        }
        if (value == null) {
            throw new JsonInputException("Invalid enum value: " + text + " for enum type: " + type.getFullName());
        }
        return value;
    }

    private static BigDecimal decimal(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new JsonInputException("Numeric value is too long: " + text.length() + " characters");
        }
        return new BigDecimal(text);
    }
}
