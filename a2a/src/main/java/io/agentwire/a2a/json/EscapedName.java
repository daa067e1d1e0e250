package io.agentwire.a2a.json;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.SerializableString;

/**
 * An object key for {@code JsonGenerator.writeName} already escaped by {@link JsonEscapes}: Jackson's own escaping
 * differs from JsonFormat's (it leaves {@code <} alone, writes upper-case hex), and field names are reused on every
 * call, so they are escaped once.
 */
final class EscapedName implements SerializableString {
    private final String value;
    private final byte[] quoted;

    EscapedName(String value) {
        this.value = value;
        this.quoted = JsonEscapes.utf8(value);
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public int charLength() {
        return value.length();
    }

    @Override
    public char[] asQuotedChars() {
        return new String(quoted, StandardCharsets.UTF_8).toCharArray();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] asQuotedUTF8() {
        return quoted.clone();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return append(quoted, buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return append(asQuotedChars(), buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        return append(asUnquotedUTF8(), buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return append(value.toCharArray(), buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws java.io.IOException {
        out.write(quoted);
        return quoted.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws java.io.IOException {
        byte[] bytes = asUnquotedUTF8();
        out.write(bytes);
        return bytes.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return put(quoted, buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        return put(asUnquotedUTF8(), buffer);
    }

    @Override
    public String toString() {
        return value;
    }

    private static int append(byte[] from, byte[] to, int offset) {
        if (offset + from.length > to.length) {
            return -1;
        }
        System.arraycopy(from, 0, to, offset, from.length);
        return from.length;
    }

    private static int append(char[] from, char[] to, int offset) {
        if (offset + from.length > to.length) {
            return -1;
        }
        System.arraycopy(from, 0, to, offset, from.length);
        return from.length;
    }

    private static int put(byte[] from, ByteBuffer to) {
        if (from.length > to.remaining()) {
            return -1;
        }
        to.put(from);
        return from.length;
    }
}
