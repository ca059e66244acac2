package io.flumeconnect.sinks.jdbc;

import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.CONNECTION_URL_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.DELETE_ENABLED_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.HEADERS_COLUMNS_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.INSERT_MODE_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.PK_FIELDS_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.PK_MODE_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.VALUE_JSON_FIELDS_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.VALUE_MAPPING_CONFIG;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sinks.jdbc.config.InsertMode;
import io.flumeconnect.sinks.jdbc.config.PkMode;
import io.flumeconnect.sinks.jdbc.config.ValueMapping;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.config.Config;

/** The checks that involve several keys; each message is attached to every key it names. */
final class JdbcSinkValidation {
    private JdbcSinkValidation() {
    }

    static void check(JdbcSinkConfig config, Config result) {
        if (!config.connectionUrl.startsWith("jdbc:")) {
            ConfigValidation.addError(result, "must be a JDBC URL starting with jdbc:", CONNECTION_URL_CONFIG);
        }
        if (config.insertMode != InsertMode.INSERT && config.pkMode == PkMode.NONE) {
            ConfigValidation.addError(result, "insert.mode=" + lower(config.insertMode)
                    + " needs a primary key: set pk.mode to kafka, record_key or record_value", INSERT_MODE_CONFIG, PK_MODE_CONFIG);
        }
        if (config.deleteEnabled && config.pkMode != PkMode.RECORD_KEY) {
            ConfigValidation.addError(result, "delete.enabled=true needs pk.mode=record_key: a tombstone has only its key",
                    DELETE_ENABLED_CONFIG, PK_MODE_CONFIG);
        }
        checkPkFields(config, result);
        checkColumnClashes(config, result);
    }

    private static void checkPkFields(JdbcSinkConfig config, Config result) {
        if (config.pkMode == PkMode.RECORD_VALUE && config.pkFields.isEmpty()) {
            ConfigValidation.addError(result, "pk.mode=record_value needs the key's value fields in pk.fields",
                    PK_MODE_CONFIG, PK_FIELDS_CONFIG);
        }
        if (config.pkMode == PkMode.KAFKA && !config.pkFields.isEmpty() && config.pkFields.size() != 3) {
            ConfigValidation.addError(result, "pk.mode=kafka takes three column names (topic, partition, offset) "
                    + "or none for the defaults " + JdbcSinkConfig.KAFKA_PK_DEFAULTS, PK_MODE_CONFIG, PK_FIELDS_CONFIG);
        }
        if (config.pkMode == PkMode.NONE && !config.pkFields.isEmpty()) {
            ConfigValidation.addError(result, "pk.fields is set but pk.mode=none ignores it", PK_MODE_CONFIG, PK_FIELDS_CONFIG);
        }
        if (config.pkMode == PkMode.RECORD_VALUE && config.valueMapping == ValueMapping.JSON
                && !config.jsonFields.containsAll(config.pkFields)) {
            ConfigValidation.addError(result, "with value.mapping=json the key fields of pk.fields must be extracted: "
                    + "list them in value.json.fields", PK_FIELDS_CONFIG, VALUE_JSON_FIELDS_CONFIG, VALUE_MAPPING_CONFIG);
        }
    }

    /** A header column may not share its name with a key column or the value column. */
    private static void checkColumnClashes(JdbcSinkConfig config, Config result) {
        Set<String> taken = new HashSet<>(config.pkMode == PkMode.RECORD_VALUE ? Set.of() : config.keyColumns());
        if (config.valueMapping == ValueMapping.JSON) {
            taken.add(config.valueColumn);
        }
        for (String header : config.headerColumns) {
            if (taken.contains(header)) {
                ConfigValidation.addError(result, "header column '" + header + "' has the name of a key or value column",
                        HEADERS_COLUMNS_CONFIG, PK_FIELDS_CONFIG);
            }
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
