package io.flumeconnect.sinks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** What the connector, its config and its task log at every level: never a password, in the URL or not. */
class CredentialsInLogsTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:1/logs?connectTimeout=2&user=flume&password=url-s3cret";

    @Test
    void neitherTheUrlPasswordNorConnectionPasswordIsLogged() {
        Map<String, String> props = Map.of("connection.url", URL, "connection.password", "key-s3cret", "max.retries", "1",
                "retry.backoff.ms", "1");
        List<String> lines;
        try (LogCapture logs = new LogCapture()) {
            JdbcSinkConnector connector = new JdbcSinkConnector();
            connector.validate(props);
            connector.start(props);
            JdbcSinkTask task = new JdbcSinkTask();
            task.initialize(new FakeSinkTaskContext(true));
            task.start(connector.taskConfigs(1).get(0));
            task.put(List.of(new SinkRecord("logs", 0, null, null, null, Map.of("a", 1L), 0)));
            task.preCommit(Map.of());
            assertThatThrownBy(() -> task.put(List.of())).isInstanceOf(RetriableException.class);
            task.stop();
            lines = logs.lines();
        }

        assertThat(lines).noneMatch(line -> line.contains("s3cret"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("connection.url = jdbc:postgresql://127.0.0.1:1/logs?connectTimeout=2&user=flume&password=****"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("retry 1 of 1"));
    }
}
