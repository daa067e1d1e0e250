package io.agentwire.mcp.auth.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses {@code WWW-Authenticate} values (RFC 9110 §11.6.1) into challenges. Several challenges may share one value,
 * separated by commas like their parameters, so a token followed by {@code =} is a parameter and any other token
 * starts a new challenge. Quoted strings may contain commas, equals signs and backslash escapes.
 */
public final class WwwAuthenticate {
    private WwwAuthenticate() {
    }

    /** One challenge: its scheme ({@code Bearer}, {@code DPoP}, ...) and parameters with lower-cased names. */
    public record Challenge(String scheme, Map<String, String> params) {
        public Challenge {
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        public boolean is(String name) {
            return scheme.equalsIgnoreCase(name);
        }

        public Optional<String> param(String name) {
            return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
        }

        public Optional<String> error() {
            return param("error");
        }

        public Optional<String> scope() {
            return param("scope").filter(s -> !s.isBlank());
        }

        public Optional<String> resourceMetadata() {
            return param("resource_metadata").filter(s -> !s.isBlank());
        }
    }

    /** All challenges of all given header values, in order; malformed parts are skipped, never thrown on. */
    public static List<Challenge> parse(List<String> headerValues) {
        List<Challenge> out = new ArrayList<>();
        if (headerValues != null) {
            for (String value : headerValues) {
                if (value != null) {
                    new Parser(value, out).run();
                }
            }
        }
        return out;
    }

    public static List<Challenge> parse(String headerValue) {
        return parse(headerValue == null ? List.of() : List.of(headerValue));
    }

    /**
     * The challenge an OAuth client should act on: the first {@code Bearer} or {@code DPoP} one, preferring one that
     * carries an {@code error}; else the first of any scheme.
     */
    public static Optional<Challenge> oauthChallenge(List<Challenge> challenges) {
        Challenge first = null;
        for (Challenge c : challenges) {
            if (c.is("Bearer") || c.is("DPoP")) {
                if (c.error().isPresent()) {
                    return Optional.of(c);
                }
                if (first == null) {
                    first = c;
                }
            }
        }
        if (first == null && !challenges.isEmpty()) {
            first = challenges.get(0);
        }
        return Optional.ofNullable(first);
    }

    private static final class Parser {
        private final String s;
        private final List<Challenge> out;
        private int pos;
        private String scheme;
        private Map<String, String> params = new LinkedHashMap<>();

        Parser(String s, List<Challenge> out) {
            this.s = s;
            this.out = out;
        }

        void run() {
            while (true) {
                skip(" \t,");
                if (pos >= s.length()) {
                    break;
                }
                int start = pos;
                while (pos < s.length() && " \t,=".indexOf(s.charAt(pos)) < 0) {
                    pos++;
                }
                String token = s.substring(start, pos);
                skip(" \t");
                if (pos < s.length() && s.charAt(pos) == '=' && !token.isEmpty()) {
                    pos++;
                    if (isToken68Tail()) {
                        continue; // "Basic abc==": token68 credentials, nothing to keep
                    }
                    skip(" \t");
                    String value = readValue();
                    if (scheme != null) {
                        params.putIfAbsent(token.toLowerCase(Locale.ROOT), value);
                    }
                } else if (!token.isEmpty()) {
                    flush();
                    scheme = token;
                } else {
                    pos++; // a stray '=' with no name
                }
            }
            flush();
        }

        /** After "name=": more '=' padding, the end, or a comma means the name was token68 credentials. */
        private boolean isToken68Tail() {
            int p = pos;
            while (p < s.length() && s.charAt(p) == '=') {
                p++;
            }
            int q = p;
            while (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '\t')) {
                q++;
            }
            if (p > pos || q >= s.length() || s.charAt(q) == ',') {
                pos = p;
                return true;
            }
            return false;
        }

        private String readValue() {
            if (pos < s.length() && s.charAt(pos) == '"') {
                pos++;
                StringBuilder b = new StringBuilder();
                while (pos < s.length()) {
                    char c = s.charAt(pos++);
                    if (c == '\\' && pos < s.length()) {
                        b.append(s.charAt(pos++));
                    } else if (c == '"') {
                        break;
                    } else {
                        b.append(c);
                    }
                }
                return b.toString();
            }
            int start = pos;
            while (pos < s.length() && " \t,".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private void skip(String chars) {
            while (pos < s.length() && chars.indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private void flush() {
            if (scheme != null) {
                out.add(new Challenge(scheme, params));
            }
            scheme = null;
            params = new LinkedHashMap<>();
        }
    }
}
