package io.flumeconnect.sinks.file.template;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A path or file-name template with Apache Flume's escape sequences (the HDFS sink's {@code BucketPath}),
 * parsed once and rendered per record.
 *
 * <p>Time: {@code %a %A %b %B %c %d %D %e %H %I %j %k %l %m %M %n %p %s %S %t %y %Y %z} as in Flume
 * (English names), from the record's event time, in the template's time zone, after optional rounding.
 * Record values: {@code %{name}} a header, {@code %[topic]}, {@code %[partition]}, {@code %[field:a.b]} a
 * field of the value. Host: {@code %[localhost]}, {@code %[IP]}, {@code %[FQDN]}. {@code %%} is a literal
 * {@code %}. Every value that comes from a record, and every rendered time ({@code %D} holds {@code /},
 * {@code %c} holds {@code :}), is passed through {@link PathSegments#sanitize}.
 */
public final class PathTemplate {
    private static final Map<Character, Function<ZonedDateTime, String>> TIME_ESCAPES = Map.ofEntries(
            time('a', "EEE"), time('A', "EEEE"), time('b', "MMM"), time('B', "MMMM"),
            time('c', "EEE MMM d HH:mm:ss yyyy"), time('d', "dd"), time('D', "MM/dd/yy"), time('e', "d"),
            time('H', "HH"), time('I', "hh"), time('j', "DDD"), time('k', "H"), time('l', "h"),
            time('m', "MM"), time('M', "mm"), time('n', "M"), time('p', "a"), time('S', "ss"),
            time('y', "yy"), time('Y', "yyyy"), time('z', "xx"),
            Map.entry('s', t -> Long.toString(t.toEpochSecond())),
            Map.entry('t', t -> Long.toString(t.toInstant().toEpochMilli())));

    private final String source;
    private final List<Part> parts;
    private final ZoneId zone;
    private final TimeRounding rounding;
    private final boolean usesTime;
    private final String constant;

    private PathTemplate(String source, List<Part> parts, ZoneId zone, TimeRounding rounding) {
        this.source = source;
        this.parts = parts;
        this.zone = zone;
        this.rounding = rounding;
        this.usesTime = parts.stream().anyMatch(part -> part instanceof TimePart);
        this.constant = parts.isEmpty() ? "" : parts.size() == 1 && parts.get(0) instanceof Literal literal ? literal.text() : null;
    }

    /**
     * Parses {@code template}.
     *
     * @throws IllegalArgumentException naming the position and what is wrong, for an unknown or unclosed escape
     */
    public static PathTemplate parse(String template, ZoneId zone, TimeRounding rounding) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '%') {
                literal.append(c);
                i++;
                continue;
            }
            if (i + 1 >= template.length()) {
                throw new IllegalArgumentException("'%' at the end of '" + template + "' starts no escape (write %% for a literal %)");
            }
            char escape = template.charAt(i + 1);
            if (escape == '%') {
                literal.append('%');
                i += 2;
                continue;
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            i = parseEscape(template, i, escape, parts);
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new PathTemplate(template, List.copyOf(parts), zone, rounding);
    }

    private static int parseEscape(String template, int at, char escape, List<Part> parts) {
        if (escape == '{' || escape == '[') {
            char close = escape == '{' ? '}' : ']';
            int end = template.indexOf(close, at + 2);
            if (end < 0) {
                throw new IllegalArgumentException("'%" + escape + "' at position " + at + " of '" + template + "' is not closed with '" + close + "'");
            }
            String name = template.substring(at + 2, end);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty '%" + escape + close + "' at position " + at + " of '" + template + "'");
            }
            parts.add(escape == '{' ? new HeaderPart(name) : bracketPart(name, template));
            return end + 1;
        }
        Function<ZonedDateTime, String> format = TIME_ESCAPES.get(escape);
        if (format == null) {
            throw new IllegalArgumentException("unknown escape '%" + escape + "' at position " + at + " of '" + template + "'");
        }
        parts.add(new TimePart(format));
        return at + 2;
    }

    private static Part bracketPart(String name, String template) {
        if (name.startsWith("field:") && name.length() > "field:".length()) {
            String path = name.substring("field:".length());
            return (values, time) -> PathSegments.sanitize(stringOf(values.field(path)));
        }
        return switch (name) {
            case "topic" -> (values, time) -> PathSegments.sanitize(values.topic());
            case "partition" -> (values, time) -> PathSegments.sanitize(stringOf(values.partition()));
            case "localhost" -> constant(Host.NAME);
            case "IP" -> constant(Host.ADDRESS);
            case "FQDN" -> constant(Host.CANONICAL_NAME);
            default -> throw new IllegalArgumentException("unknown escape '%[" + name + "]' in '" + template
                    + "' (known: %[topic], %[partition], %[field:name], %[localhost], %[IP], %[FQDN])");
        };
    }

    private static Part constant(String value) {
        String sanitized = PathSegments.sanitize(value);
        return (values, time) -> sanitized;
    }

    private static String stringOf(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map.Entry<Character, Function<ZonedDateTime, String>> time(char escape, String pattern) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        return Map.entry(escape, formatter::format);
    }

    /** The template with every escape replaced by the record's values; record values are sanitised. */
    public String render(TemplateValues values) {
        if (constant != null) {
            return constant;
        }
        ZonedDateTime time = usesTime ? rounding.apply(values.timestampMillis(), zone) : null;
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part.render(values, time));
        }
        return out.toString();
    }

    /** True when rendering reads the event time. */
    public boolean usesTime() {
        return usesTime;
    }

    /** True when the template has no escapes at all. */
    public boolean isLiteral() {
        return constant != null;
    }

    @Override
    public String toString() {
        return source;
    }

    /** One piece of a template; {@code time} is the rounded event time, or null when no part needs it. */
    private interface Part {
        String render(TemplateValues values, ZonedDateTime time);
    }

    private record Literal(String text) implements Part {
        @Override
        public String render(TemplateValues values, ZonedDateTime time) {
            return text;
        }
    }

    private record HeaderPart(String name) implements Part {
        @Override
        public String render(TemplateValues values, ZonedDateTime time) {
            return PathSegments.sanitize(values.header(name));
        }
    }

    private record TimePart(Function<ZonedDateTime, String> format) implements Part {
        @Override
        public String render(TemplateValues values, ZonedDateTime time) {
            return PathSegments.sanitize(format.apply(time));
        }
    }

    /** This host's names, looked up once: Flume's {@code %[localhost]}, {@code %[IP]}, {@code %[FQDN]}. */
    private static final class Host {
        static final String NAME;
        static final String ADDRESS;
        static final String CANONICAL_NAME;

        static {
            String name = "localhost";
            String address = "127.0.0.1";
            String canonical = "localhost";
            try {
                InetAddress local = InetAddress.getLocalHost();
                name = local.getHostName();
                address = local.getHostAddress();
                canonical = local.getCanonicalHostName();
            } catch (UnknownHostException e) {
                // no resolvable host name: keep the loopback names, as Flume does not fail on this either
            }
            NAME = name;
            ADDRESS = address;
            CANONICAL_NAME = canonical;
        }
    }
}
