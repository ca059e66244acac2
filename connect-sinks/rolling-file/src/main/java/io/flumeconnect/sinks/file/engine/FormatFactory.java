package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.sinks.file.format.FileFormat;
import org.apache.kafka.common.config.AbstractConfig;

/** Builds a sink's file format from its format keys ({@link RollingFileConfig#FORMAT}, compression...). */
@FunctionalInterface
public interface FormatFactory {
    FileFormat of(AbstractConfig config);
}
