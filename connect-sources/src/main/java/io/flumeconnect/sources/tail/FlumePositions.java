package io.flumeconnect.sources.tail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;

/**
 * The positions in a Flume TAILDIR {@code taildir_position.json}: a JSON array of flat objects
 * {@code {"inode":123,"pos":456,"file":"/var/log/app.log"}}, as Flume writes it. Only inode and position are
 * used: the inode identifies the file even after a rotation renamed it.
 */
final class FlumePositions {
    private static final Pattern ENTRY = Pattern.compile("\\{((?:[^{}\"]|\"(?:[^\"\\\\]|\\\\.)*\")*)}");
    private static final Pattern INODE = Pattern.compile("\"inode\"\\s*:\\s*(\\d+)");
    private static final Pattern POS = Pattern.compile("\"pos\"\\s*:\\s*(\\d+)");

    private FlumePositions() {
    }

    /** Inode to position; empty when {@code file} is empty. */
    static Map<Long, Long> read(String file) {
        if (file.isEmpty()) {
            return Map.of();
        }
        String json;
        try {
            json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(TailSourceConfig.FLUME_POSITION_FILE_CONFIG, file, "cannot read it: " + e);
        }
        return parse(json, file);
    }

    static Map<Long, Long> parse(String json, String source) {
        String trimmed = json.strip();
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            throw new ConfigException(TailSourceConfig.FLUME_POSITION_FILE_CONFIG, source,
                    "not a Flume TAILDIR position file (a JSON array of {\"inode\",\"pos\",\"file\"} objects)");
        }
        Map<Long, Long> positions = new HashMap<>();
        Matcher entry = ENTRY.matcher(trimmed);
        while (entry.find()) {
            Matcher inode = INODE.matcher(entry.group(1));
            Matcher pos = POS.matcher(entry.group(1));
            if (!inode.find() || !pos.find()) {
                throw new ConfigException(TailSourceConfig.FLUME_POSITION_FILE_CONFIG, source,
                        "entry without a numeric inode and pos: " + entry.group());
            }
            positions.put(Long.parseLong(inode.group(1)), Long.parseLong(pos.group(1)));
        }
        return positions;
    }
}
