package io.flumeconnect.sinks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the connector, its config and its task log at every level: never a password, in the URL or not. */
class CredentialsInLogsTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:1/logs?connectTimeout=2&user=flume&password=url-s3cret";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final AbstractAppender capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            lines.add(event.getMessage().getFormattedMessage()
                    + (event.getThrown() == null ? "" : " " + event.getThrown()));
        }
    };
    private Level rootLevel;

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        rootLevel = context.getRootLogger().getLevel();
        capture.start();
        context.getConfiguration().getRootLogger().addAppender(capture, Level.ALL, null);
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.ALL);
    }

    @AfterEach
    void restore() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender("capture");
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, rootLevel);
        capture.stop();
    }

    @Test
    void neitherTheUrlPasswordNorConnectionPasswordIsLogged() {
        Map<String, String> props = Map.of("connection.url", URL, "connection.password", "key-s3cret", "max.retries", "1",
                "retry.backoff.ms", "1");
        JdbcSinkConnector connector = new JdbcSinkConnector();
        connector.validate(props);
        connector.start(props);
        JdbcSinkTask task = new JdbcSinkTask();
        task.initialize(new FakeSinkTaskContext(true));
        task.start(connector.taskConfigs(1).get(0));
        assertThatThrownBy(() -> task.put(List.of(new SinkRecord("logs", 0, null, null, null, Map.of("a", 1L), 0))))
                .isInstanceOf(RetriableException.class);
        task.stop();

        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("connection.url = jdbc:postgresql://127.0.0.1:1/logs?connectTimeout=2&user=flume&password=****"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("retry 1 of 1"));
        assertThat(lines).noneMatch(line -> line.contains("s3cret"));
    }
}
