package io.flumeconnect.sinks.jdbc.row;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A table name built from {@code ${topic}}, {@code ${header.NAME}} and {@code ${field.NAME}} (a top-level
 * field of the value). The result is always used as one quoted identifier, so nothing a record carries can
 * change the SQL around it. A header or field gives its text, number or boolean as written and its bytes decoded
 * as UTF-8; any other value (bytes that are not UTF-8, a struct, map or list) makes the record a bad record.
 */
public final class TableNameTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final List<Part> parts;
    /** The name of a template of literal text only, rendered once: most sinks write one table. */
    private final String fixed;

    private TableNameTemplate(List<Part> parts) {
        this.parts = parts;
        this.fixed = fixedName().filter(name -> !name.isEmpty()).orElse(null);
    }

    /** Parses {@code template}; {@code key} names the config key in the error. */
    public static TableNameTemplate parse(String key, String template) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int last = 0;
        while (matcher.find()) {
            parts.add(new Literal(template.substring(last, matcher.start())));
            parts.add(placeholder(key, template, matcher.group(1)));
            last = matcher.end();
        }
        String tail = template.substring(last);
        if (tail.contains("${")) {
            throw new ConfigException(key, template, "unclosed '${'");
        }
        parts.add(new Literal(tail));
        return new TableNameTemplate(parts);
    }

    private static Part placeholder(String key, String template, String name) {
        if (name.equals("topic")) {
            return new Topic();
        }
        if (name.startsWith("header.") && name.length() > "header.".length()) {
            return new HeaderValue(name.substring("header.".length()));
        }
        if (name.startsWith("field.") && name.length() > "field.".length()) {
            return new FieldValue(name.substring("field.".length()));
        }
        throw new ConfigException(key, template,
                "unknown placeholder ${" + name + "}; use ${topic}, ${header.NAME} or ${field.NAME}");
    }

    /** Whether a name depends on a record's headers or fields, not only on its topic. */
    public boolean readsRecordData() {
        return parts.stream().anyMatch(part -> part instanceof HeaderValue || part instanceof FieldValue);
    }

    /** The name when no record is needed to render it (literal text only); empty otherwise. */
    public Optional<String> fixedName() {
        return parts.stream().allMatch(part -> part instanceof Literal)
                ? Optional.of(parts.stream().map(part -> ((Literal) part).text()).collect(Collectors.joining()))
                : Optional.empty();
    }

    /** The table name for {@code record}; throws {@link BadRecordException} when a header or field is missing. */
    public String render(SinkRecord record) {
        if (fixed != null) {
            return fixed;
        }
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part.value(record));
        }
        if (out.isEmpty()) {
            throw new BadRecordException("the table name template gives an empty name for this record");
        }
        return out.toString();
    }

    private interface Part {
        String value(SinkRecord record);
    }

    private record Literal(String text) implements Part {
        @Override
        public String value(SinkRecord record) {
            return text;
        }
    }

    private record Topic() implements Part {
        @Override
        public String value(SinkRecord record) {
            return record.topic();
        }
    }

    private record HeaderValue(String name) implements Part {
        @Override
        public String value(SinkRecord record) {
            Header header = record.headers().lastWithName(name);
            if (header == null || header.value() == null) {
                throw new BadRecordException("the table name needs header '" + name + "', which this record lacks");
            }
            return nameText(header.value(), "header '" + name + "'");
        }
    }

    private record FieldValue(String name) implements Part {
        @Override
        public String value(SinkRecord record) {
            Object value = record.value();
            Object field = null;
            if (value instanceof Struct struct && struct.schema().field(name) != null) {
                field = struct.get(name);
            } else if (value instanceof Map<?, ?> map) {
                field = map.get(name);
            }
            if (field == null) {
                throw new BadRecordException("the table name needs field '" + name + "', which this record's value lacks");
            }
            return nameText(field, "field '" + name + "'");
        }
    }

    private static String nameText(Object value, String source) {
        if (value instanceof byte[] bytes) {
            return utf8(ByteBuffer.wrap(bytes), source);
        }
        if (value instanceof ByteBuffer buffer) {
            return utf8(buffer.duplicate(), source);
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new BadRecordException("the table name needs " + source + " as text, but it holds a "
                + value.getClass().getSimpleName());
    }

    private static String utf8(ByteBuffer bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new BadRecordException("the table name needs " + source + " as text, but its bytes are not UTF-8");
        }
    }

    /** The {@code ConfigDef} validator: the template must parse. */
    public static final class Validator implements org.apache.kafka.common.config.ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            parse(name, (String) value);
        }

        @Override
        public String toString() {
            return "text with ${topic}, ${header.NAME}, ${field.NAME}";
        }
    }
}
