package io.flumeconnect.sinks.file;

import io.flumeconnect.sinks.file.engine.RollingFileSettings;
import io.flumeconnect.sinks.file.engine.RollingFileSinkTask;
import io.flumeconnect.sinks.file.engine.WriterFactory;
import io.flumeconnect.sinks.file.storage.LocalStorage;
import java.io.IOException;
import java.util.Map;

/** Writes rolling files to the local disk. */
public final class FileSinkTask extends RollingFileSinkTask {
    @Override
    protected Setup setup(Map<String, String> props) throws IOException {
        FileSinkConfig config = new FileSinkConfig(props);
        RollingFileSettings settings = config.settings();
        return new Setup(settings, new WriterFactory(new LocalStorage(config.fileDir), settings.format,
                settings.compression, settings.suffix));
    }
}
