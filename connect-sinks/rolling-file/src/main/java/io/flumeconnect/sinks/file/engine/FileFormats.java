package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.sinks.file.format.AvroFormat;
import io.flumeconnect.sinks.file.format.Compression;
import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.format.JsonEncoder;
import io.flumeconnect.sinks.file.format.LineFormat;
import io.flumeconnect.sinks.file.format.TextEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** The formats a sink can be configured with, by name. */
public final class FileFormats {
    static final String[] NAMES = {"text", "json", "avro"};

    private FileFormats() {
    }

    public static FileFormat of(String name, String separator, Set<JsonEncoder.Extra> jsonExtras, Compression compression) {
        byte[] lineEnd = unescape(separator).getBytes(StandardCharsets.UTF_8);
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> new LineFormat(new TextEncoder(), lineEnd, ".txt");
            case "json" -> new LineFormat(new JsonEncoder(jsonExtras), lineEnd, ".jsonl");
            case "avro" -> new AvroFormat(compression);
            default -> throw new IllegalArgumentException("unknown format '" + name + "'");
        };
    }

    /** {@code \n \r \t \0 \\} as the characters they name; anything else as written. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
