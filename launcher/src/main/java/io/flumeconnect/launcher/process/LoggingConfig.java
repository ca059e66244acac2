package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The JVM options that send a Kafka process's logs to one file, for Log4j 2 (Kafka 4) or reload4j (Kafka 3). */
final class LoggingConfig {
    private LoggingConfig() {
    }

    static List<String> jvmOptions(KafkaRuntime runtime, Path dir, String name) throws IOException {
        Path log = dir.resolve(name + ".log").toAbsolutePath();
        if (runtime.usesLog4j2()) {
            Path config = dir.resolve("log4j2.properties");
            Files.writeString(config, """
                    status = warn
                    appender.file.type = File
                    appender.file.name = file
                    appender.file.fileName = %s
                    appender.file.layout.type = PatternLayout
                    appender.file.layout.pattern = [%%d] %%p %%m (%%c)%%n
                    rootLogger.level = info
                    rootLogger.appenderRef.file.ref = file
                    """.formatted(log));
            return List.of("-Dlog4j2.configurationFile=" + config.toAbsolutePath());
        }
        Path config = dir.resolve("log4j.properties");
        Files.writeString(config, """
                log4j.rootLogger=INFO, file
                log4j.appender.file=org.apache.log4j.FileAppender
                log4j.appender.file.File=%s
                log4j.appender.file.layout=org.apache.log4j.PatternLayout
                log4j.appender.file.layout.ConversionPattern=[%%d] %%p %%m (%%c)%%n
                """.formatted(log));
        return List.of("-Dlog4j.configuration=file:" + config.toAbsolutePath());
    }
}
