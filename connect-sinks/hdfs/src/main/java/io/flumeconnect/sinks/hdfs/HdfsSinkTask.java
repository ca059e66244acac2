package io.flumeconnect.sinks.hdfs;

import io.flumeconnect.sinks.file.engine.RollingFileSettings;
import io.flumeconnect.sinks.file.engine.RollingFileSinkTask;
import io.flumeconnect.sinks.file.engine.WriterFactory;
import java.io.IOException;
import java.util.Map;

/** Writes rolling files to HDFS (or another Hadoop file system). */
public final class HdfsSinkTask extends RollingFileSinkTask {
    @Override
    protected Setup setup(Map<String, String> props) throws IOException {
        HdfsSinkConfig config = new HdfsSinkConfig(props);
        RollingFileSettings settings = config.settings();
        HdfsStorage storage = HadoopFileSystems.open(config);
        return new Setup(settings, new WriterFactory(storage, settings.format, settings.compression, settings.suffix));
    }
}
