package io.flumeconnect.sinks.jdbc;

import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.CONNECTION_URL_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.DELETE_ENABLED_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.HEADERS_COLUMNS_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.INSERT_MODE_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.PK_FIELDS_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.PK_MODE_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.TABLE_NAME_ALLOWED_REGEX_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.TABLE_NAME_FORMAT_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.VALUE_COLUMN_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.VALUE_JSON_FIELDS_CONFIG;
import static io.flumeconnect.sinks.jdbc.JdbcSinkConfig.VALUE_MAPPING_CONFIG;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sinks.jdbc.config.InsertMode;
import io.flumeconnect.sinks.jdbc.config.PkMode;
import io.flumeconnect.sinks.jdbc.config.ValueMapping;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The checks that involve several keys, or the database the URL names. {@code validate()} attaches each message
 * to every key involved; the connector and each task run them again when they start, since a stored config may
 * predate a rule.
 */
final class JdbcSinkValidation {
    /** A broken rule and the keys it involves. */
    record Problem(String message, List<String> keys) {
        Problem(String message, String... keys) {
            this(message, List.of(keys));
        }
    }

    private JdbcSinkValidation() {
    }

    static void check(JdbcSinkConfig config, Config result) {
        for (Problem problem : problems(config)) {
            ConfigValidation.addError(result, problem.message(), problem.keys().toArray(String[]::new));
        }
    }

    /** Throws naming every broken rule. */
    static void ensureValid(JdbcSinkConfig config) {
        List<Problem> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new ConnectException("invalid JDBC sink configuration: " + problems.stream()
                    .map(p -> String.join(", ", p.keys()) + ": " + p.message()).collect(Collectors.joining("; ")));
        }
    }

    static List<Problem> problems(JdbcSinkConfig config) {
        List<Problem> problems = new ArrayList<>();
        if (!config.connectionUrl.startsWith("jdbc:")) {
            problems.add(new Problem("must be a JDBC URL starting with jdbc:", CONNECTION_URL_CONFIG));
        }
        if (config.insertMode != InsertMode.INSERT && config.pkMode == PkMode.NONE) {
            problems.add(new Problem("insert.mode=" + lower(config.insertMode)
                    + " needs a primary key: set pk.mode to kafka, record_key or record_value", INSERT_MODE_CONFIG, PK_MODE_CONFIG));
        }
        if (config.deleteEnabled && config.pkMode != PkMode.RECORD_KEY) {
            problems.add(new Problem("delete.enabled=true needs pk.mode=record_key: a tombstone has only its key",
                    DELETE_ENABLED_CONFIG, PK_MODE_CONFIG));
        }
        if (config.tableName.readsRecordData() && config.allowedTables.isEmpty()) {
            problems.add(new Problem("table.name.format takes table names from record data: set "
                    + TABLE_NAME_ALLOWED_REGEX_CONFIG + " to the names it may write", TABLE_NAME_FORMAT_CONFIG,
                    TABLE_NAME_ALLOWED_REGEX_CONFIG));
        }
        checkPkFields(config, problems);
        Dialect dialect = Dialects.forUrl(config.connectionUrl);
        checkNames(config, dialect, problems);
        checkColumnClashes(config, dialect.identifiers(), problems);
        return problems;
    }

    private static void checkPkFields(JdbcSinkConfig config, List<Problem> problems) {
        if (config.pkMode == PkMode.RECORD_VALUE && config.pkFields.isEmpty()) {
            problems.add(new Problem("pk.mode=record_value needs the key's value fields in pk.fields",
                    PK_MODE_CONFIG, PK_FIELDS_CONFIG));
        }
        if (config.pkMode == PkMode.KAFKA && !config.pkFields.isEmpty() && config.pkFields.size() != 3) {
            problems.add(new Problem("pk.mode=kafka takes three column names (topic, partition, offset) "
                    + "or none for the defaults " + JdbcSinkConfig.KAFKA_PK_DEFAULTS, PK_MODE_CONFIG, PK_FIELDS_CONFIG));
        }
        if (config.pkMode == PkMode.NONE && !config.pkFields.isEmpty()) {
            problems.add(new Problem("pk.fields is set but pk.mode=none ignores it", PK_MODE_CONFIG, PK_FIELDS_CONFIG));
        }
        if (config.pkMode == PkMode.RECORD_VALUE && config.valueMapping == ValueMapping.JSON
                && !config.jsonFields.containsAll(config.pkFields)) {
            problems.add(new Problem("with value.mapping=json the key fields of pk.fields must be extracted: "
                    + "list them in value.json.fields", PK_FIELDS_CONFIG, VALUE_JSON_FIELDS_CONFIG, VALUE_MAPPING_CONFIG));
        }
    }

    /** Names the user wrote must reach the database as written: a configured column is never renamed. */
    private static void checkNames(JdbcSinkConfig config, Dialect dialect, List<Problem> problems) {
        IdentifierRules rules = dialect.identifiers();
        checkName(config.valueColumn, VALUE_COLUMN_CONFIG, dialect, problems);
        config.pkFields.forEach(name -> checkName(name, PK_FIELDS_CONFIG, dialect, problems));
        config.jsonFields.forEach(name -> checkName(name, VALUE_JSON_FIELDS_CONFIG, dialect, problems));
        config.headerColumns.forEach(name -> checkName(name, HEADERS_COLUMNS_CONFIG, dialect, problems));
        config.tableName.fixedName().flatMap(rules::problem).ifPresent(problem -> problems.add(new Problem(
                "the table name is " + problem + ", which " + dialect.name() + " does not keep", TABLE_NAME_FORMAT_CONFIG)));
    }

    private static void checkName(String name, String key, Dialect dialect, List<Problem> problems) {
        dialect.identifiers().problem(name).ifPresent(problem -> problems.add(new Problem("column name '" + name
                + "' is " + problem + ", which " + dialect.name() + " does not keep as a column name", key)));
    }

    /** A header column may not share its column with a key or value column (compared as the database compares names). */
    private static void checkColumnClashes(JdbcSinkConfig config, IdentifierRules rules, List<Problem> problems) {
        Set<String> taken = new HashSet<>();
        if (config.pkMode != PkMode.RECORD_VALUE) {
            config.keyColumns().forEach(name -> taken.add(rules.key(name)));
        }
        if (config.valueMapping == ValueMapping.JSON) {
            taken.add(rules.key(config.valueColumn));
        }
        for (String header : config.headerColumns) {
            if (taken.contains(rules.key(header))) {
                problems.add(new Problem("header column '" + header + "' has the name of a key or value column",
                        HEADERS_COLUMNS_CONFIG, PK_FIELDS_CONFIG));
            }
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
