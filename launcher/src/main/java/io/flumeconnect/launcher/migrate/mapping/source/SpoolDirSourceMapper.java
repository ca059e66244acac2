package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.Settings;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;
import java.util.Map;

/**
 * Flume's {@code spooldir} source: the tail source on the spool directory, from the start of each file, renaming
 * ({@code fileSuffix}) or deleting ({@code deletePolicy=immediate}) a file once Kafka has every line of it. Hidden
 * files and names matching {@code ignorePattern} are not read, as in Flume.
 */
final class SpoolDirSourceMapper implements SourceMapper {
    /** Flume's spooldir never reads hidden files (rsync's and editors' temporary names). */
    private static final String HIDDEN = "\\..*";

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
        completed(keys, config);
        replacedByConnect(keys);
        String ignore = settings.get("ignorePattern", "^$").trim();
        config.put("ignore.pattern", ignore.equals("^$") ? HIDDEN : HIDDEN + "|(?:" + ignore + ")");
        keys.mapped("ignorePattern", "ignore.pattern, with hidden files as in Flume");
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
                + "of the spool directory from its start and, once Kafka has all of a file, "
                + (config.containsKey("completed.suffix") ? "renaming it with " + config.get("completed.suffix")
                        : "deleting it")
                + "; files are read side by side, not one after the other");
    }

    /** {@code deletePolicy} and {@code fileSuffix}: what happens to a file Kafka has all of. */
    private static void completed(KeyLedger keys, Map<String, String> config) {
        Settings settings = keys.settings();
        String policy = settings.get("deletePolicy", "never").trim();
        boolean delete = policy.equalsIgnoreCase("immediate");
        if (!delete && !policy.equalsIgnoreCase("never")) {
            keys.unsupported("deletePolicy", "Flume knows never and immediate, not " + policy + "; files are renamed");
        } else {
            keys.changed("deletePolicy", "completed.action=" + (delete ? "delete" : "rename")
                    + ": once Kafka acknowledged every line of the file and it has not grown for file.close.idle.ms, "
                    + "not at its end");
        }
        config.put("completed.action", delete ? "delete" : "rename");
        if (delete) {
            keys.mapped("fileSuffix", "not needed: files are deleted");
        } else {
            config.put("completed.suffix", settings.get("fileSuffix", ".COMPLETED").trim());
            keys.mapped("fileSuffix", "completed.suffix");
        }
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
