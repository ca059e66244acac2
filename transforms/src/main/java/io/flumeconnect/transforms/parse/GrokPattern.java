package io.flumeconnect.transforms.parse;

import io.flumeconnect.transforms.support.NamedGroups;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A grok expression compiled once into one Java regex. {@code %{NAME}} expands to a bundled definition,
 * {@code %{NAME:field}} captures it as {@code field} and {@code %{NAME:field:type}} converts the capture.
 * Plain named groups {@code (?<field>...)} capture too, so a Java regex with named groups is a valid
 * expression. Capture groups get generated names because grok field names ({@code client.ip}) are not
 * valid Java group names.
 */
public final class GrokPattern {
    private static final Pattern REFERENCE = Pattern.compile("%\\{(\\w+)(?::([\\w.@\\[\\]-]+))?(?::(\\w+))?}");
    private static final int MAX_DEPTH = 32;

    private final Pattern regex;
    private final List<Capture> captures;
    private final List<String> fieldNames;

    /** A group of the compiled regex, the field it fills and the type of that field. */
    public record Capture(String group, String field, CaptureType type) {
    }

    private GrokPattern(Pattern regex, List<Capture> captures) {
        this.regex = regex;
        this.captures = List.copyOf(captures);
        this.fieldNames = captures.stream().map(Capture::field).distinct().toList();
    }

    /** Compiles {@code expression}; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static GrokPattern compile(String expression, GrokLibrary library) {
        List<Capture> captures = new ArrayList<>();
        String expanded = new Expander(library, captures).expand(expression, 0, new HashSet<>());
        Pattern regex = Pattern.compile(expanded);
        Set<String> generated = captures.stream().map(Capture::group).collect(Collectors.toSet());
        NamedGroups.of(regex).stream().filter(group -> !generated.contains(group))
                .forEach(group -> captures.add(new Capture(group, group, CaptureType.STRING)));
        if (captures.isEmpty()) {
            throw new IllegalArgumentException("the pattern captures nothing: use %{NAME:field} or (?<field>...)");
        }
        return new GrokPattern(regex, captures);
    }

    /** The fields this pattern fills, in the order of their first capture. */
    public List<String> fieldNames() {
        return fieldNames;
    }

    public List<Capture> captures() {
        return captures;
    }

    /**
     * The fields captured from the first match in {@code text}, or {@code null} when it does not match. A
     * field that several groups capture takes the first that matched; a field no group matched is absent.
     */
    public Map<String, Object> parse(CharSequence text) {
        Matcher matcher = regex.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Capture capture : captures) {
            String value = matcher.group(capture.group());
            if (value != null && !fields.containsKey(capture.field())) {
                fields.put(capture.field(), convert(capture, value));
            }
        }
        return fields;
    }

    private static Object convert(Capture capture, String value) {
        try {
            return capture.type().convert(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + capture.field() + "' captured '" + value
                    + "', which is not a " + capture.type().name().toLowerCase(Locale.ROOT), e);
        }
    }

    /** Expands references recursively, numbering the capture groups it creates. */
    private static final class Expander {
        private final GrokLibrary library;
        private final List<Capture> captures;

        Expander(GrokLibrary library, List<Capture> captures) {
            this.library = library;
            this.captures = captures;
        }

        String expand(String expression, int depth, Set<String> enclosing) {
            Matcher reference = REFERENCE.matcher(expression);
            StringBuilder out = new StringBuilder();
            while (reference.find()) {
                reference.appendReplacement(out, Matcher.quoteReplacement(
                        group(reference.group(1), reference.group(2), reference.group(3), depth, enclosing)));
            }
            reference.appendTail(out);
            return out.toString();
        }

        private String group(String name, String field, String type, int depth, Set<String> enclosing) {
            String definition = library.definition(name).orElseThrow(
                    () -> new IllegalArgumentException("unknown grok pattern %{" + name + "}"));
            if (depth >= MAX_DEPTH || !enclosing.add(name)) {
                throw new IllegalArgumentException("grok pattern %{" + name + "} refers to itself");
            }
            String open = "(?:";
            if (field != null) {
                String group = "grok" + captures.size();
                captures.add(new Capture(group, field, type == null ? CaptureType.STRING : CaptureType.ofSuffix(type)));
                open = "(?<" + group + ">";
            }
            String body = expand(definition, depth + 1, enclosing);
            enclosing.remove(name);
            return open + body + ")";
        }
    }
}
