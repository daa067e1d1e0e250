package io.agentwire.mcp.server;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 URI template, as used by MCP resource templates. Immutable and thread-safe.
 *
 * <p>{@link #expand} implements all four levels: the operators none, {@code +}, {@code #}, {@code .}, {@code /},
 * {@code ;}, {@code ?} and {@code &}, prefixes ({@code {var:3}}) and explosion ({@code {list*}}); values may be
 * scalars (strings, numbers, ...), lists (collections or arrays) or associative arrays (maps).
 *
 * <p>{@link #match} is the inverse used to route {@code resources/read}. Expansion is not injective in general,
 * so matching is necessarily heuristic; its rules are:
 * <ul>
 *   <li>a simple {@code {var}} matches as little as it can within one path segment (no {@code /}, {@code ?} or {@code #}); use
 *       {@code {+var}} for a value spanning segments, e.g. {@code file:///{+path}};</li>
 *   <li>{@code {+var}} matches up to the query or fragment, {@code {#var}} the rest of the URI;</li>
 *   <li>in {@code .} and {@code /} expressions each variable takes one label or segment, except an exploded one,
 *       which takes the rest;</li>
 *   <li>{@code ;}, {@code ?} and {@code &} parameters match in any order, may be absent, and unknown ones are
 *       ignored; an exploded associative array in them yields its pairs under their own names;</li>
 *   <li>several variables in one expression are split at the separator, the last one taking the remainder;</li>
 *   <li>a list matches as its items joined by {@code ,}; values are percent-decoded (UTF-8) after splitting.</li>
 * </ul>
 * Variables of optional expressions that are absent from the URI are absent from the result.
 */
public final class UriTemplate {
    private static final Pattern VARNAME = Pattern.compile(
            "(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*");
    private static final int MAX_PREFIX = 9999;

    private final String template;
    private final List<Object> parts;
    private final List<Expression> expressions;
    private final Pattern pattern;

    private UriTemplate(String template, List<Object> parts) {
        this.template = template;
        this.parts = parts;
        List<Expression> exprs = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Expression) {
                Expression e = (Expression) part;
                exprs.add(e);
                regex.append(e.regex());
            } else {
                regex.append(Pattern.quote((String) part));
            }
        }
        this.expressions = List.copyOf(exprs);
        this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException when it is not a valid RFC 6570 template
     */
    public static UriTemplate parse(String template) {
        if (template == null) {
            throw new IllegalArgumentException("URI template must not be null");
        }
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = template.indexOf('}', i);
            if (close >= 0 && (open < 0 || close < open)) {
                throw invalid(template, "unmatched '}' at index " + close);
            }
            if (open < 0) {
                parts.add(encodeLiteral(template.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(encodeLiteral(template.substring(i, open)));
            }
            int end = template.indexOf('}', open);
            if (end < 0) {
                throw invalid(template, "unclosed '{' at index " + open);
            }
            String body = template.substring(open + 1, end);
            if (body.indexOf('{') >= 0) {
                throw invalid(template, "nested '{' at index " + (open + 1 + body.indexOf('{')));
            }
            parts.add(Expression.parse(template, body));
            i = end + 1;
        }
        return new UriTemplate(template, List.copyOf(parts));
    }

    public String template() {
        return template;
    }

    /** The variable names, in order of first appearance. */
    public Set<String> variableNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Expression e : expressions) {
            for (VarSpec v : e.vars) {
                names.add(v.name);
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** The variable values if the URI is an expansion of this template; see the class notes for the rules. */
    public Optional<Map<String, String>> match(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(uri);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> namedPairs = new LinkedHashMap<>();
        for (int g = 0; g < expressions.size(); g++) {
            Expression e = expressions.get(g);
            String text = m.group(g + 1);
            if (text == null) {
                continue;
            }
            if (e.op.named) {
                collectPairs(e, text, namedPairs);
            } else {
                e.matchPositional(text, values);
            }
        }
        assignNamed(namedPairs, values);
        return Optional.of(Collections.unmodifiableMap(values));
    }

    /**
     * Expands the template. Undefined variables (absent, {@code null}, empty list or map) expand to nothing, as the
     * RFC requires.
     */
    public String expand(Map<String, ?> variables) {
        Map<String, ?> vars = variables == null ? Map.of() : variables;
        StringBuilder out = new StringBuilder(template.length() + 16);
        for (Object part : parts) {
            if (part instanceof Expression) {
                ((Expression) part).expand(vars, out);
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return template;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UriTemplate && ((UriTemplate) o).template.equals(template);
    }

    @Override
    public int hashCode() {
        return template.hashCode();
    }

    // ---------------------------------------------------------------------------------------------- matching --

    private void collectPairs(Expression e, String text, Map<String, List<String>> pairs) {
        if (text.isEmpty()) {
            return;
        }
        // The text starts with the operator's first character; parameters are separated by its separator.
        String body = text.substring(e.op.first.length());
        // A '?' group can run on into what a following '&' expression produced, so accept both separators.
        String splitOn = e.op == Operator.PARAM ? ";" : "&";
        for (String pair : body.split(splitOn, -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            pairs.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    private void assignNamed(Map<String, List<String>> pairs, Map<String, String> values) {
        if (pairs.isEmpty()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        boolean explodedMap = false;
        for (Expression e : expressions) {
            if (e.op.named) {
                for (VarSpec v : e.vars) {
                    known.add(v.name);
                    explodedMap |= v.explode;
                }
            }
        }
        for (Map.Entry<String, List<String>> pair : pairs.entrySet()) {
            if (known.contains(pair.getKey()) || explodedMap) {
                values.putIfAbsent(pair.getKey(), String.join(",", pair.getValue()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- encoding --

    private static final String HEX = "0123456789ABCDEF";

    private static boolean isUnreserved(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~');
    }

    private static boolean isReserved(int c) {
        return c < 128 && ":/?#[]@!$&'()*+,;=".indexOf(c) >= 0;
    }

    private static boolean isPctTriplet(String s, int i) {
        return s.charAt(i) == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    /** Percent-encodes a value: everything but unreserved characters, or also reserved ones and triplets. */
    static String encode(String value, boolean allowReserved) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            int len = Character.charCount(cp);
            if (isUnreserved(cp) || (allowReserved && isReserved(cp))) {
                out.appendCodePoint(cp);
            } else if (allowReserved && isPctTriplet(value, i)) {
                out.append(value, i, i + 3);
                len = 3;
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
            i += len;
        }
        return out.toString();
    }

    /** Literals keep reserved characters and triplets; only characters not allowed in a URI get encoded. */
    private static String encodeLiteral(String literal) {
        return encode(literal, true);
    }

    /** Decodes %XX triplets as UTF-8; a stray '%' is kept as it is (lenient, as URIs from clients vary). */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            if (isPctTriplet(s, i)) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] raw = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String template, String why) {
        return new IllegalArgumentException("Invalid URI template '" + template + "': " + why);
    }

    // ------------------------------------------------------------------------------------------------ model --

    /** The RFC 6570 operators with their expansion rules (RFC 6570 appendix A table). */
    private enum Operator {
        SIMPLE("", ",", false, "", false),
        RESERVED("", ",", false, "", true),
        FRAGMENT("#", ",", false, "", true),
        LABEL(".", ".", false, "", false),
        PATH("/", "/", false, "", false),
        PARAM(";", ";", true, "", false),
        QUERY("?", "&", true, "=", false),
        CONTINUATION("&", "&", true, "=", false);

        final String first;
        final String sep;
        final boolean named;
        final String ifEmpty;
        final boolean allowReserved;

        Operator(String first, String sep, boolean named, String ifEmpty, boolean allowReserved) {
            this.first = first;
            this.sep = sep;
            this.named = named;
            this.ifEmpty = ifEmpty;
            this.allowReserved = allowReserved;
        }

        static Operator of(char c) {
            switch (c) {
                case '+':
                    return RESERVED;
                case '#':
                    return FRAGMENT;
                case '.':
                    return LABEL;
                case '/':
                    return PATH;
                case ';':
                    return PARAM;
                case '?':
                    return QUERY;
                case '&':
                    return CONTINUATION;
                default:
                    return null;
            }
        }
    }

    private static final class VarSpec {
        final String name;
        final int prefix;
        final boolean explode;

        VarSpec(String name, int prefix, boolean explode) {
            this.name = name;
            this.prefix = prefix;
            this.explode = explode;
        }
    }

    private static final class Expression {
        final Operator op;
        final List<VarSpec> vars;

        private Expression(Operator op, List<VarSpec> vars) {
            this.op = op;
            this.vars = vars;
        }

        static Expression parse(String template, String body) {
            if (body.isEmpty()) {
                throw invalid(template, "empty expression '{}'");
            }
            Operator op = Operator.of(body.charAt(0));
            String list = op == null ? body : body.substring(1);
            if (op == null) {
                op = Operator.SIMPLE;
                if ("=,!@|".indexOf(body.charAt(0)) >= 0) {
                    throw invalid(template, "operator '" + body.charAt(0) + "' is reserved for future extensions");
                }
            }
            List<VarSpec> vars = new ArrayList<>();
            for (String spec : list.split(",", -1)) {
                vars.add(parseVarSpec(template, spec));
            }
            return new Expression(op, List.copyOf(vars));
        }

        private static VarSpec parseVarSpec(String template, String spec) {
            String name = spec;
            int prefix = 0;
            boolean explode = false;
            if (spec.endsWith("*")) {
                explode = true;
                name = spec.substring(0, spec.length() - 1);
            } else {
                int colon = spec.indexOf(':');
                if (colon >= 0) {
                    name = spec.substring(0, colon);
                    String digits = spec.substring(colon + 1);
                    if (!digits.matches("[1-9][0-9]{0,3}")) {
                        throw invalid(template, "prefix length in '" + spec + "' must be 1 to " + MAX_PREFIX);
                    }
                    prefix = Integer.parseInt(digits);
                }
            }
            if (!VARNAME.matcher(name).matches()) {
                throw invalid(template, "bad variable name '" + name + "'");
            }
            return new VarSpec(name, prefix, explode);
        }

        boolean hasExplode() {
            for (VarSpec v : vars) {
                if (v.explode) {
                    return true;
                }
            }
            return false;
        }

        /** One capturing group covering the whole expansion of this expression. */
        String regex() {
            int n = vars.size();
            switch (op) {
                // Reluctant, so that a following expression such as {.ext} or {/rest} gets its share.
                case SIMPLE:
                    return "([^/?#]*?)";
                case RESERVED:
                    return "([^?#]*?)";
                case FRAGMENT:
                    return "(?:#(.*))?";
                case LABEL:
                    return hasExplode() ? "(?:\\.([^/?#]*))?" : "(?:\\.([^./?#]*(?:\\.[^./?#]*){0," + (n - 1) + "}))?";
                case PATH:
                    return hasExplode() ? "(?:/([^?#]*))?" : "(?:/([^/?#]*(?:/[^/?#]*){0," + (n - 1) + "}))?";
                case PARAM:
                    return "((?:;[^/?#]*)?)";
                case QUERY:
                    return "((?:\\?[^#]*)?)";
                default:
                    return "((?:&[^#]*)?)";
            }
        }

        /** Assigns split pieces to variables in order; the last variable takes whatever remains. */
        void matchPositional(String text, Map<String, String> out) {
            if (vars.size() == 1 && !vars.get(0).explode) {
                out.put(vars.get(0).name, decode(text));
                return;
            }
            String[] pieces = text.split(Pattern.quote(op.sep), -1);
            for (int i = 0; i < vars.size() && i < pieces.length; i++) {
                boolean last = i == vars.size() - 1;
                if (!last) {
                    out.put(vars.get(i).name, decode(pieces[i]));
                    continue;
                }
                List<String> rest = new ArrayList<>();
                for (int j = i; j < pieces.length; j++) {
                    rest.add(decode(pieces[j]));
                }
                out.put(vars.get(i).name, String.join(",", rest));
            }
        }

        void expand(Map<String, ?> variables, StringBuilder out) {
            boolean first = true;
            for (VarSpec v : vars) {
                Object value = variables.get(v.name);
                if (value instanceof Optional) {
                    value = ((Optional<?>) value).orElse(null);
                }
                if (isUndefined(value)) {
                    continue;
                }
                out.append(first ? op.first : op.sep);
                first = false;
                if (value instanceof Map) {
                    expandMap(v, (Map<?, ?>) value, out);
                } else if (asList(value) != null) {
                    expandList(v, asList(value), out);
                } else {
                    expandScalar(v, String.valueOf(value), out);
                }
            }
        }

        private void expandScalar(VarSpec v, String value, StringBuilder out) {
            if (op.named) {
                out.append(v.name).append(value.isEmpty() ? op.ifEmpty : "=");
            }
            String cut = value;
            if (v.prefix > 0 && value.codePointCount(0, value.length()) > v.prefix) {
                cut = value.substring(0, value.offsetByCodePoints(0, v.prefix));
            }
            out.append(encode(cut, op.allowReserved));
        }

        private void expandList(VarSpec v, List<String> items, StringBuilder out) {
            if (!v.explode) {
                if (op.named) {
                    out.append(v.name).append('=');
                }
                appendJoined(items, ",", out);
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(op.sep);
                }
                String item = items.get(i);
                if (op.named) {
                    out.append(v.name).append(item.isEmpty() ? op.ifEmpty : "=");
                }
                out.append(encode(item, op.allowReserved));
            }
        }

        private void expandMap(VarSpec v, Map<?, ?> map, StringBuilder out) {
            boolean firstPair = true;
            if (!v.explode) {
                if (op.named) {
                    out.append(v.name).append('=');
                }
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (e.getValue() == null) {
                        continue;
                    }
                    if (!firstPair) {
                        out.append(',');
                    }
                    firstPair = false;
                    out.append(encode(String.valueOf(e.getKey()), op.allowReserved)).append(',')
                            .append(encode(String.valueOf(e.getValue()), op.allowReserved));
                }
                return;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (!firstPair) {
                    out.append(op.sep);
                }
                firstPair = false;
                String value = String.valueOf(e.getValue());
                out.append(encode(String.valueOf(e.getKey()), op.allowReserved));
                out.append(op.named && value.isEmpty() ? op.ifEmpty : "=");
                out.append(encode(value, op.allowReserved));
            }
        }

        private void appendJoined(List<String> items, String sep, StringBuilder out) {
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(sep);
                }
                out.append(encode(items.get(i), op.allowReserved));
            }
        }

        private static boolean isUndefined(Object value) {
            if (value == null) {
                return true;
            }
            if (value instanceof Map) {
                return ((Map<?, ?>) value).values().stream().allMatch(x -> x == null);
            }
            List<String> list = asList(value);
            return list != null && list.isEmpty();
        }

        /** The items of a list value (collection or array), nulls dropped; {@code null} for scalars. */
        private static List<String> asList(Object value) {
            if (value instanceof Collection) {
                List<String> items = new ArrayList<>();
                for (Object o : (Collection<?>) value) {
                    if (o != null) {
                        items.add(String.valueOf(o));
                    }
                }
                return items;
            }
            if (value != null && value.getClass().isArray()) {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < Array.getLength(value); i++) {
                    Object o = Array.get(value, i);
                    if (o != null) {
                        items.add(String.valueOf(o));
                    }
                }
                return items;
            }
            return null;
        }
    }
}
