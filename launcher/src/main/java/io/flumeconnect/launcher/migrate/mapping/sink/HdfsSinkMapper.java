package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.Settings;
import io.flumeconnect.launcher.migrate.model.SinkDef;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flume's {@code hdfs} sink: the HDFS sink, with Flume's path escapes, rolling, rounding and time source. Flume's
 * defaults (roll every 30 s, 1024 bytes or 10 events; SequenceFile) are written out where they differ from the
 * HDFS sink's, so files roll as they did and hold what Flume's readers expect.
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
                        + "offered (see hdfs.fileType, hdfs.writeFormat, hdfs.codeC and serializer)");
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
        String codec = settings.get("codeC", "").trim().toLowerCase(Locale.ROOT);
        if (fileType.equalsIgnoreCase("SequenceFile")) {
            return sequenceFile(keys, all, config, codec);
        }
        boolean offered = Serializer.apply(all, "serializer", config);
        keys.mapped("fileType", fileType.equalsIgnoreCase("DataStream") ? "format, uncompressed" : "format with compression");
        keys.changed("writeFormat", "only for SequenceFile; Flume ignored it for " + fileType);
        if (!fileType.equalsIgnoreCase("CompressedStream")) {
            keys.changed("codeC", "ignored by Flume for " + fileType + ", as here");
        } else if ("avro_event".equals(config.get("format"))) {
            keys.unsupported("codeC", "Flume wrapped the Avro file in a Hadoop " + codec + " stream; the sink compresses "
                    + "inside the Avro container instead (serializer.compressionCodec)");
            offered = false;
        } else {
            offered &= codec(keys, codec, config, STREAM_CODECS);
        }
        return offered;
    }

    /** Flume's default file type: Hadoop's SequenceFile of a LongWritable timestamp and the body, block-compressed. */
    private static boolean sequenceFile(KeyLedger keys, KeyLedger all, Map<String, String> config, String codec) {
        config.put("format", "sequencefile");
        keys.mapped("fileType", "format=sequencefile (LongWritable timestamp key; the timestamp header, else the "
                + "record's timestamp where Flume took the clock)");
        String writeFormat = keys.settings().get("writeFormat", "Writable").trim();
        boolean offered = true;
        if (writeFormat.equalsIgnoreCase("Writable") || writeFormat.equalsIgnoreCase("Text")) {
            config.put("sequencefile.value", writeFormat.toLowerCase(Locale.ROOT));
            keys.mapped("writeFormat", "sequencefile.value=" + writeFormat.toLowerCase(Locale.ROOT)
                    + (writeFormat.equalsIgnoreCase("Text") ? " (Text values)" : " (BytesWritable values)"));
        } else {
            offered = false;
            keys.unsupported("writeFormat", "a custom SequenceFile serializer is not offered: Writable or Text are");
        }
        all.settings().get("serializer").ifPresent(serializer ->
                all.changed("serializer", "ignored by Flume for SequenceFile, as here"));
        all.under("serializer.").finish(KeyStatus.CHANGED, "ignored by Flume for SequenceFile, as here");
        return codec(keys, codec, config, SEQUENCE_FILE_CODECS) && offered;
    }

    private static final Map<String, String> STREAM_CODECS = codecs("gzip", "snappy", "bzip2", "lz4", "zstd");
    private static final Map<String, String> SEQUENCE_FILE_CODECS = codecs("gzip", "snappy", "bzip2", "lz4");

    /** Flume's names of a codec (gzip, GzipCodec, the class name) to the sink's compression. */
    private static Map<String, String> codecs(String... names) {
        Map<String, String> codecs = new LinkedHashMap<>();
        for (String name : names) {
            String hadoop = name.equals("zstd") ? "zstandard" : name;
            codecs.put(name, name);
            codecs.put(hadoop, name);
            codecs.put(hadoop + "codec", name);
            codecs.put("org.apache.hadoop.io.compress." + hadoop + "codec", name);
        }
        return codecs;
    }

    private static boolean codec(KeyLedger keys, String codec, Map<String, String> config, Map<String, String> offered) {
        if (codec.isEmpty()) {
            return true;
        }
        String compression = offered.get(codec);
        if (compression == null) {
            keys.unsupported("codeC", codec + " is not offered here (" + String.join(", ", new LinkedHashSet<>(offered.values())) + " are): the files are written uncompressed");
            return false;
        }
        config.put("compression", compression);
        keys.mapped("codeC", "compression=" + compression + " (the bytes Hadoop's codec reads, as Flume wrote them)");
        return true;
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
