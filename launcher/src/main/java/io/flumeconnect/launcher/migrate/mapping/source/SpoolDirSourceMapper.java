package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.Settings;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;
import java.util.Map;

/**
 * Flume's {@code spooldir} source: the tail source on the spool directory, from the start of each file. The tail
 * source does not yet rename or delete a file it has read to its end: that is the difference the report states.
 */
final class SpoolDirSourceMapper implements SourceMapper {
    private static final String STAYS = "the tail source does not rename or delete finished files yet: they stay "
            + "where they are, so remove them with a job of your own once the connector's offsets pass their end";

    @Override
    public List<String> types() {
        return List.of("spooldir", "org.apache.flume.source.spooldirectorysource");
    }

    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        Settings settings = keys.settings();
        Map<String, String> config = TailConnector.config();
        String dir = settings.get("spoolDir", "").trim().replaceAll("/+$", "");
        boolean recursive = Boolean.parseBoolean(settings.get("recursiveDirectorySearch", "false").trim());
        String name;
        try {
            name = FileNameRegex.toGlob(settings.get("includePattern", "^.*$").trim());
            keys.mapped("includePattern", "the file-name part of files: " + name);
        } catch (IllegalArgumentException e) {
            keys.unsupported("includePattern", e.getMessage());
            name = "*";
        }
        config.put("files", dir + (recursive ? "/**/" : "/") + name);
        config.put("start.position", "beginning");
        config.put("record.headers", TailConnector.recordHeaders(TailConnector.fileHeader(keys), false));
        keys.mapped("spoolDir", "files=" + config.get("files"));
        keys.mapped("recursiveDirectorySearch", recursive ? "** in files" : "files in the directory only");
        keys.changed("fileSuffix", STAYS);
        keys.changed("deletePolicy", STAYS);
        replacedByConnect(keys);
        settings.get("ignorePattern").filter(p -> !p.trim().equals("^$")).ifPresentOrElse(
                p -> keys.unsupported("ignorePattern", "the tail source has no exclusion glob; move such files "
                        + "out of the directory, or narrow includePattern"),
                () -> keys.mapped("ignorePattern", "nothing ignored"));
        settings.get("inputCharset").ifPresent(charset -> {
            config.put("charset", charset.trim());
            keys.mapped("inputCharset", "charset");
        });
        keys.changed("decodeErrorPolicy", "undecodable bytes become U+FFFD (Flume's REPLACE); nothing fails or is skipped");
        deserializer(keys, settings, config);
        TailConnector.batchSize(keys, config);
        keys.unsupported("basenameHeader", "the tail source has no basename header; the file header holds the path");
        keys.unsupported("basenameHeaderKey", "the tail source has no basename header");
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's spooldir source");
        return Mapped.connector(config, KeyStatus.CHANGED, "the tail source (TailSourceConnector) reading every file "
                + "of the spool directory from its start; " + STAYS);
    }

    /** Tracking, ordering and polling keys, for what the tail source does now. */
    private static void replacedByConnect(KeyLedger keys) {
        keys.changed("trackerDir", "positions are Connect offsets");
        keys.changed("trackingPolicy", "positions are Connect offsets");
        keys.changed("consumeOrder", "files are read side by side, not one after the other");
        keys.changed("pollDelay", "the tail source scans every scan.interval.ms");
        keys.changed("maxBackoff", "the tail source scans every scan.interval.ms");
        keys.changed("bufferMaxLines", "not needed");
        keys.changed("bufferMaxLineLength", "see line.max.bytes");
    }

    private static void deserializer(KeyLedger keys, Settings settings, Map<String, String> config) {
        String deserializer = settings.get("deserializer", "LINE").trim();
        if (deserializer.equalsIgnoreCase("LINE")) {
            keys.mapped("deserializer", "one record per line");
        } else {
            keys.unsupported("deserializer", "only the LINE deserializer maps; the tail source reads lines");
        }
        settings.get("deserializer.maxLineLength").ifPresent(max -> {
            config.put("line.max.bytes", max.trim());
            keys.changed("deserializer.maxLineLength", "line.max.bytes: a longer line is emitted in parts (header "
                    + "line.part), Flume cut it off");
        });
        keys.changed("deserializer.outputCharset", "the value is a string; converters decide its bytes");
    }
}
