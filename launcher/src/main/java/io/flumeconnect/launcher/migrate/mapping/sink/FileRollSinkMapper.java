package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SinkDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flume's {@code file_roll} sink: the file sink, rolling by time only as file_roll does. */
final class FileRollSinkMapper implements SinkMapper {
    @Override
    public List<String> types() {
        return List.of("file_roll", "org.apache.flume.sink.rollingfilesink");
    }

    @Override
    public Mapped map(SinkDef sink, KeyLedger all, List<String> topics) {
        KeyLedger keys = all.under("sink.");
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "io.flumeconnect.sinks.file.FileSinkConnector");
        config.put("tasks.max", "1");
        Rolling.copy(keys, config, "directory", "file.dir");
        boolean offered = Serializer.apply(keys, "serializer", config);
        Rolling.apply(keys, config, "rollInterval", 30, null, 0, null, 0, null);
        String pathManager = keys.settings().get("pathManager", "DEFAULT").trim();
        keys.changed("pathManager", "files are named [prefix+]topic+partition+firstOffset+lastOffset.EXT, not "
                + (pathManager.equalsIgnoreCase("ROLLTIME") ? "by roll time" : "startTime-counter"));
        Rolling.copy(keys, config, "pathManager.prefix", "file.prefix");
        keys.settings().get("pathManager.extension").ifPresent(extension -> {
            config.put("file.suffix", "." + extension.trim());
            keys.mapped("pathManager.extension", "file.suffix=." + extension.trim());
        });
        Rolling.changed(keys, "Connect's consumer fetches in batches (max.poll.records) and the sink syncs at each "
                + "offset commit", "batchSize");
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's file_roll sink");
        all.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's file_roll sink");
        String summary = "the file sink (FileSinkConnector) in the same directory, rolling by time as file_roll did; "
                + "files are written exactly once and named after the offsets they hold; run it on the worker whose "
                + "disk should hold them";
        return offered ? Mapped.connector(config, summary) : Mapped.connector(config, KeyStatus.UNSUPPORTED, summary
                + "; the serializer Flume used is not offered (text is written)");
    }
}
