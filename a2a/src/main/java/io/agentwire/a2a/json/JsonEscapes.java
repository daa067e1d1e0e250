package io.agentwire.a2a.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * String contents as UTF-8 with the escapes protobuf's {@code JsonFormat} (and Gson before it) writes, so our output
 * stays byte for byte what it was: control characters as backslash-u escapes in lower-case hex except the five short
 * forms, {@code "} and {@code \}, the HTML-sensitive {@code < > & = '} as backslash-u escapes, and U+2028/U+2029. A lone
 * surrogate becomes {@code ?}, which is what {@code String.getBytes(UTF_8)} made of JsonFormat's text.
 */
final class JsonEscapes {
    private static final byte[][] ASCII = new byte[128][];

    static {
        for (int c = 0; c < 0x20; c++) {
            ASCII[c] = unicodeEscape(c);
        }
        ASCII['"'] = ascii("\\\"");
        ASCII['\\'] = ascii("\\\\");
        ASCII['\t'] = ascii("\\t");
        ASCII['\b'] = ascii("\\b");
        ASCII['\n'] = ascii("\\n");
        ASCII['\r'] = ascii("\\r");
        ASCII['\f'] = ascii("\\f");
        for (char c : "<>&='".toCharArray()) {
            ASCII[c] = unicodeEscape(c);
        }
    }

    private JsonEscapes() {
    }

    /** The escaped UTF-8 of {@code value}, without the surrounding quotes. */
    static byte[] utf8(String value) {
        int length = value.length();
        int plain = 0;
        while (plain < length) {
            char c = value.charAt(plain);
            if (c >= 0x80 || ASCII[c] != null) {
                break;
            }
            plain++;
        }
        if (plain == length) {
            // The common case: printable ASCII, one byte per char (compact strings make this a copy).
            return value.getBytes(StandardCharsets.ISO_8859_1);
        }
        // Six bytes is the longest any one char becomes (an escape); a surrogate pair is four for two.
        byte[] out = new byte[length * 6];
        return Arrays.copyOf(out, encode(value, out));
    }

    private static int encode(String value, byte[] out) {
        int n = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                byte[] escape = ASCII[c];
                if (escape == null) {
                    out[n++] = (byte) c;
                } else {
                    System.arraycopy(escape, 0, out, n, escape.length);
                    n += escape.length;
                }
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (c == '\u2028' || c == '\u2029') {
                byte[] escape = unicodeEscape(c);
                System.arraycopy(escape, 0, out, n, escape.length);
                n += escape.length;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return n;
    }

    private static byte[] unicodeEscape(int c) {
        return ascii(String.format("\\u%04x", c));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
