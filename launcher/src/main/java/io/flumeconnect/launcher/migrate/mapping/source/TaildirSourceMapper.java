package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.Settings;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;
import java.util.Map;

/** Flume's {@code TAILDIR} source: the tail source, file group for file group. */
final class TaildirSourceMapper implements SourceMapper {
    @Override
    public List<String> types() {
        return List.of("taildir", "org.apache.flume.source.taildir.taildirsource");
    }

    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        Settings settings = keys.settings();
        Map<String, String> config = TailConnector.config();
        boolean converted = fileGroups(keys, config);
        keys.under("headers.").finish(KeyStatus.MAPPED, "the same key: a static header of the file group");
        settings.entries().keySet().stream().filter(k -> k.startsWith("headers."))
                .forEach(k -> config.put(k, settings.get(k, "").trim()));
        boolean skipToEnd = Boolean.parseBoolean(settings.get("skipToEnd", "false").trim());
        config.put("start.position", skipToEnd ? "end" : "beginning");
        keys.changed("skipToEnd", "start.position=" + (skipToEnd ? "end" : "beginning")
                + "; it applies to the files the connector's first scan finds, files appearing later are read "
                + "from their start so nothing after a rotation is skipped");
        config.put("record.headers", TailConnector.recordHeaders(TailConnector.fileHeader(keys),
                Boolean.parseBoolean(settings.get("byteOffsetHeader", "false").trim())));
        keys.mapped("byteOffsetHeader", "record.headers");
        settings.get("positionFile").ifPresent(file -> {
            config.put("flume.position.file", file.trim());
            keys.changed("positionFile", "flume.position.file: read once, at the connector's first start, so "
                    + "the tail source starts where Flume stopped; positions are Connect offsets from then on "
                    + "(stop the Flume agent before the connector starts)");
        });
        replacedByConnect(keys, config);
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's TAILDIR source");
        if (!converted) {
            return Mapped.noConnector(KeyStatus.UNSUPPORTED, "no connector: a file group's path has no glob "
                    + "equivalent (see its key); write the globs and run the tail source (TailSourceConnector)");
        }
        return Mapped.connector(config, "the tail source (TailSourceConnector), one file group per Flume file "
                + "group; run it on a worker on the host that has the files");
    }

    /** Timing and batching keys, for what the tail source and Connect do now. */
    private static void replacedByConnect(KeyLedger keys, Map<String, String> config) {
        Settings settings = keys.settings();
        settings.get("idleTimeout").ifPresent(ms -> {
            config.put("file.close.idle.ms", ms.trim());
            keys.mapped("idleTimeout", "file.close.idle.ms");
        });
        TailConnector.batchSize(keys, config);
        keys.changed("writePosInterval", "positions are Connect offsets, committed every offset.flush.interval.ms "
                + "(a worker setting) and only for records Kafka acknowledged");
        keys.changed("maxBatchCount", "no limit per file: each poll takes lines from every file that has them");
        keys.changed("backoffSleepIncrement", "an idle tail source rescans every scan.interval.ms");
        keys.changed("maxBackoffSleep", "an idle tail source rescans every scan.interval.ms");
        keys.changed("cachePatternMatching", "globs are matched at every scan; a directory watch brings scans forward");
        keys.changed("pollTimeout", "not needed: the tail source polls on Connect's schedule");
    }

    /** {@code filegroups} and their paths, whose file-name regex becomes a glob. */
    private static boolean fileGroups(KeyLedger keys, Map<String, String> config) {
        Settings settings = keys.settings();
        List<String> groups = settings.words("filegroups");
        config.put("filegroups", String.join(" ", groups));
        keys.mapped("filegroups", "filegroups");
        boolean all = true;
        for (String group : groups) {
            String path = settings.get("filegroups." + group, "").trim();
            int slash = path.lastIndexOf('/');
            try {
                String glob = path.substring(0, slash + 1) + FileNameRegex.toGlob(path.substring(slash + 1));
                config.put("filegroups." + group, glob);
                keys.record("filegroups." + group, glob.equals(path) ? KeyStatus.MAPPED : KeyStatus.CHANGED,
                        glob.equals(path) ? "filegroups." + group : "filegroups." + group + "=" + glob
                                + ": the file-name regex as a glob");
            } catch (IllegalArgumentException e) {
                keys.unsupported("filegroups." + group, e.getMessage());
                all = false;
            }
        }
        return all;
    }
}
