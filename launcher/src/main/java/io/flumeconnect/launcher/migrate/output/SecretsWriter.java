package io.flumeconnect.launcher.migrate.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the secrets the connectors refer to as a properties file (UTF-8, what Kafka's {@code FileConfigProvider}
 * reads), readable by its owner only: created with mode 0600 before anything is written into it. A file of an
 * earlier run is replaced, or removed when there are no secrets.
 */
public final class SecretsWriter {
    private SecretsWriter() {
    }

    public static void write(Map<String, String> secrets, Path file) throws IOException {
        Files.deleteIfExists(file);
        if (secrets.isEmpty()) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text(secrets), StandardCharsets.UTF_8);
    }

    static String text(Map<String, String> secrets) {
        StringBuilder text = new StringBuilder("# Secrets of the migrated connectors: keep this file readable by the "
                + "Connect worker's user only.\n");
        new TreeMap<>(secrets).forEach((key, value) ->
                text.append(escape(key, true)).append('=').append(escape(value, false)).append('\n'));
        return text.toString();
    }

    /** Escapes as {@code Properties.load} reads it: backslashes, line breaks, and separators in keys. */
    private static String escape(String text, boolean key) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if ((key || i == 0) && (c == ' ' || ((c == '=' || c == ':' || c == '#' || c == '!') && key))) {
                        escaped.append('\\');
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }
}
