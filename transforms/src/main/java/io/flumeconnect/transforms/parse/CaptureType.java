package io.flumeconnect.transforms.parse;

import java.util.Locale;
import org.apache.kafka.connect.data.Schema;

/** The type a captured group is converted to: grok's {@code %{NUMBER:bytes:long}} suffix. */
public enum CaptureType {
    STRING(Schema.OPTIONAL_STRING_SCHEMA),
    LONG(Schema.OPTIONAL_INT64_SCHEMA),
    DOUBLE(Schema.OPTIONAL_FLOAT64_SCHEMA),
    BOOLEAN(Schema.OPTIONAL_BOOLEAN_SCHEMA);

    private final Schema schema;

    CaptureType(Schema schema) {
        this.schema = schema;
    }

    public Schema schema() {
        return schema;
    }

    /** The grok suffix: {@code string}, {@code int}/{@code long}, {@code float}/{@code double}, {@code boolean}. */
    public static CaptureType ofSuffix(String suffix) {
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "string" -> STRING;
            case "int", "long" -> LONG;
            case "float", "double" -> DOUBLE;
            case "boolean" -> BOOLEAN;
            default -> throw new IllegalArgumentException("unknown capture type '" + suffix
                    + "' (one of string, int, long, float, double, boolean)");
        };
    }

    /** {@code text} as this type; a number that does not parse throws {@link NumberFormatException}. */
    public Object convert(String text) {
        return switch (this) {
            case STRING -> text;
            case LONG -> Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            case DOUBLE -> Double.parseDouble(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
        };
    }
}
