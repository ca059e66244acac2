package io.flumeconnect.sinks.file;

import io.flumeconnect.sinks.file.engine.RollingFileConfig;
import io.flumeconnect.sinks.file.engine.RollingFileSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** Configuration of {@link FileSinkConnector}: the root directory, then the rolling-file engine's settings. */
public final class FileSinkConfig extends AbstractConfig {
    public static final String FILE_DIR = "file.dir";

    public static final ConfigDef CONFIG_DEF = RollingFileConfig.define(new ConfigDef()
            .define(FILE_DIR, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Root directory of the files on the worker's local disk (Flume file_roll's sink.directory); created "
                            + "when missing. Every task of the connector must see the same directory for recovery to work, "
                            + "so on several workers use a shared mount or one worker.",
                    RollingFileConfig.GROUP_PATHS, 1, Width.LONG, "Directory"));

    public final Path fileDir;

    public FileSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        this.fileDir = Path.of(getString(FILE_DIR));
    }

    public RollingFileSettings settings() {
        return new RollingFileSettings(this, Clock.systemUTC());
    }
}
