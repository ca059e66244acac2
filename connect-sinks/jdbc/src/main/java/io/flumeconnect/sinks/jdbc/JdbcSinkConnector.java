package io.flumeconnect.sinks.jdbc;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sinks.jdbc.config.ConnectionUrls;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/** Writes records into tables of PostgreSQL, MariaDB/MySQL, SQLite or any JDBC database. */
public class JdbcSinkConnector extends SinkConnector {
    public static final String OVERVIEW_DOC = "Writes records into database tables over JDBC: PostgreSQL, MariaDB/MySQL, "
            + "SQLite, and any other JDBC driver through a generic ANSI dialect. Struct values and schemaless JSON maps "
            + "become columns (types from the schema or inferred), or a whole value is stored in a JSON column. "
            + "Insert, upsert or update; delete on tombstones; tables created and evolved on request; rows a database "
            + "refuses go to the dead-letter queue with its message. See docs/jdbc-sink.md.";

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        JdbcSinkValidation.ensureValid(new JdbcSinkConfig(props));
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return JdbcSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return Collections.nCopies(maxTasks, props);
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return JdbcSinkConfig.CONFIG_DEF;
    }

    /** Checks every key and the rules across keys; the URL comes back with its credentials masked. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        if (ConfigValidation.isValid(result)) {
            JdbcSinkValidation.check(new JdbcSinkConfig(connectorConfigs), result);
        }
        ConfigValidation.find(result, JdbcSinkConfig.CONNECTION_URL_CONFIG)
                .filter(url -> url.value() instanceof String)
                .ifPresent(url -> url.value(ConnectionUrls.masked((String) url.value())));
        return result;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
