package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.Settings;
import io.flumeconnect.launcher.migrate.model.SinkDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flume's {@code hdfs} sink: the HDFS sink, with Flume's path escapes, rolling, rounding and time source. Flume's
 * defaults (roll every 30 s, 1024 bytes or 10 events; SequenceFile) are written out where they differ from the
 * HDFS sink's, so files roll as they did.
 */
final class HdfsSinkMapper implements SinkMapper {
    @Override
    public List<String> types() {
        return List.of("hdfs", "org.apache.flume.sink.hdfs.hdfseventsink");
    }

    @Override
    public Mapped map(SinkDef sink, KeyLedger all, List<String> topics) {
        KeyLedger keys = all.under("hdfs.");
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "io.flumeconnect.sinks.hdfs.HdfsSinkConnector");
        config.put("tasks.max", "1");
        if (!path(keys, config)) {
            keys.finish(KeyStatus.UNSUPPORTED, "the sink is not migrated (see hdfs.path)");
            all.finish(KeyStatus.UNSUPPORTED, "the sink is not migrated (see hdfs.path)");
            return Mapped.noConnector(KeyStatus.UNSUPPORTED, "no connector: hdfs.path is not absolute");
        }
        config.put("file.prefix", keys.settings().get("filePrefix", "FlumeData").trim());
        keys.changed("filePrefix", "file.prefix");
        Rolling.copy(keys, config, "fileSuffix", "file.suffix");
        boolean formatOffered = format(keys, all, config);
        Rolling.apply(keys, config, "rollInterval", 30, "rollSize", 1024, "rollCount", 10, "idleTimeout");
        time(keys, config);
        Rolling.copy(keys, config, "kerberosPrincipal", "hdfs.kerberos.principal");
        Rolling.copy(keys, config, "kerberosKeytab", "hdfs.kerberos.keytab");
        Rolling.copy(keys, config, "proxyUser", "hdfs.user");
        replacedByConnect(keys, config);
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's hdfs sink");
        all.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's hdfs sink");
        String summary = "the HDFS sink (HdfsSinkConnector): the same directories; files are named "
                + "PREFIX+topic+partition+firstOffset+lastOffset and the suffix (file.suffix, else the format's "
                + "extension) and written exactly once";
        return formatOffered ? Mapped.connector(config, summary)
                : Mapped.connector(config, KeyStatus.UNSUPPORTED, summary + "; the file format Flume wrote is not "
                        + "offered yet (see hdfs.fileType/serializer): text files are written instead");
    }

    /** hdfs.path as the sink's root and path template; false when it is relative. */
    private static boolean path(KeyLedger keys, Map<String, String> config) {
        HdfsPath path = HdfsPath.split(keys.settings().get("path", ""));
        if (!path.absolute()) {
            keys.unsupported("path", "relative to the Flume user's home; the HDFS sink takes an absolute path or URI");
            return false;
        }
        config.put("hdfs.path", path.root());
        config.put("path.template", path.template());
        String where = "hdfs.path=" + path.root() + (path.template().isEmpty() ? "" : ", path.template="
                + path.template());
        if (path.hasTimeEscapes() && !keys.settings().has("timeZone")) {
            keys.changed("path", where + "; time escapes render in UTC (time.zone), Flume used the agent's JVM "
                    + "zone: set time.zone to it");
        } else {
            keys.mapped("path", where);
        }
        return true;
    }

    /** Keys for what Connect and the sink's own engine do now. */
    private static void replacedByConnect(KeyLedger keys, Map<String, String> config) {
        keys.settings().get("maxOpenFiles").ifPresent(max -> {
            config.put("files.open.max", max.trim());
            keys.changed("maxOpenFiles", "files.open.max, per topic partition rather than per sink");
        });
        Rolling.changed(keys, "Connect's consumer fetches in batches (max.poll.records) and the sink syncs at each "
                + "offset commit", "batchSize");
        Rolling.changed(keys, "storage errors are retried storage.retries times with backoff "
                + "(storage.retry.backoff.ms), then the task fails and resumes from the last committed file",
                "callTimeout", "closeTries", "retryInterval");
        Rolling.changed(keys, "the task's own thread writes; no pools", "threadsPoolSize", "rollTimerPoolSize");
        Rolling.changed(keys, "files are written under a hidden temporary name and renamed when committed",
                "inUsePrefix", "inUseSuffix", "emptyInUseSuffix");
        Rolling.changed(keys, "set replication in the hdfs-site.xml of hadoop.conf.dir", "minBlockReplicas");
    }

    /** fileType, codeC, writeFormat and the serializer; false when what Flume wrote is not offered. */
    private static boolean format(KeyLedger keys, KeyLedger all, Map<String, String> config) {
        Settings settings = keys.settings();
        String fileType = settings.get("fileType", "SequenceFile").trim();
        boolean offered = Serializer.apply(all, "serializer", config);
        if (fileType.equalsIgnoreCase("SequenceFile")) {
            offered = false;
            keys.record("fileType", KeyStatus.UNSUPPORTED, "SequenceFile (Flume's default) is not offered yet; "
                    + "text files (format=text) are written, so jobs reading these files need changing");
            if (!settings.has("fileType")) {
                keys.changed("writeFormat", "only for SequenceFile");
            } else {
                keys.unsupported("writeFormat", "SequenceFile is not offered yet");
            }
        } else {
            keys.mapped("fileType", fileType.equalsIgnoreCase("DataStream") ? "format, uncompressed"
                    : "format with compression");
            keys.changed("writeFormat", "only for SequenceFile; Flume ignored it for " + fileType);
        }
        String codec = settings.get("codeC", "").trim().toLowerCase(Locale.ROOT);
        if (fileType.equalsIgnoreCase("CompressedStream") || fileType.equalsIgnoreCase("SequenceFile")) {
            offered &= codec(keys, codec, config);
        } else {
            keys.changed("codeC", "ignored by Flume for " + fileType + ", as here");
        }
        return offered;
    }

    private static boolean codec(KeyLedger keys, String codec, Map<String, String> config) {
        switch (codec) {
            case "gzip", "gzipcodec", "org.apache.hadoop.io.compress.gzipcodec" -> {
                config.put("compression", "gzip");
                keys.mapped("codeC", "compression=gzip");
                return true;
            }
            case "zstd", "zstandard", "zstandardcodec", "org.apache.hadoop.io.compress.zstandardcodec" -> {
                config.put("compression", "zstd");
                keys.mapped("codeC", "compression=zstd");
                return true;
            }
            case "snappy", "snappycodec", "org.apache.hadoop.io.compress.snappycodec" -> {
                config.put("compression", "snappy");
                keys.changed("codeC", "compression=snappy writes framed Snappy (.sz), not Hadoop's block Snappy "
                        + "(.snappy): readers using Hadoop's SnappyCodec need changing");
                return true;
            }
            case "" -> {
                return true;
            }
            default -> {
                config.put("compression", "gzip");
                keys.unsupported("codeC", codec + " is not offered yet (gzip, snappy and zstd are): compression=gzip "
                        + "is set instead");
                return false;
            }
        }
    }

    /** useLocalTimeStamp, timeZone and the round* keys. */
    private static void time(KeyLedger keys, Map<String, String> config) {
        Settings settings = keys.settings();
        boolean local = Boolean.parseBoolean(settings.get("useLocalTimeStamp", "false").trim());
        config.put("time.source", local ? "wallclock" : "header");
        keys.mapped("useLocalTimeStamp", "time.source=" + (local ? "wallclock" : "header (the timestamp header)"));
        Rolling.copy(keys, config, "timeZone", "time.zone");
        Rolling.copy(keys, config, "round", "path.round");
        Rolling.copy(keys, config, "roundValue", "path.round.value");
        settings.get("roundUnit").ifPresent(unit -> {
            config.put("path.round.unit", unit.trim().toLowerCase(Locale.ROOT));
            keys.mapped("roundUnit", "path.round.unit");
        });
    }
}
