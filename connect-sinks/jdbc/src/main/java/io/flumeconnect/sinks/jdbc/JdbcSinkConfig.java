package io.flumeconnect.sinks.jdbc;

import io.flumeconnect.common.config.EnumValues;
import io.flumeconnect.common.config.RegexValidator;
import io.flumeconnect.sinks.jdbc.config.ConnectionUrls;
import io.flumeconnect.sinks.jdbc.config.InsertMode;
import io.flumeconnect.sinks.jdbc.config.PkMode;
import io.flumeconnect.sinks.jdbc.config.ValueMapping;
import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import io.flumeconnect.sinks.jdbc.row.Operation;
import io.flumeconnect.sinks.jdbc.row.RowMapping;
import io.flumeconnect.sinks.jdbc.row.TableNameTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC sink's settings: connection, write mode, keys, tables, value mapping, retries. The values are logged
 * once per instance as {@link AbstractConfig} would, with the credentials of {@code connection.url} masked.
 */
public final class JdbcSinkConfig extends AbstractConfig {
    private static final Logger log = LoggerFactory.getLogger(JdbcSinkConfig.class);

    public static final String CONNECTION_URL_CONFIG = "connection.url";
    public static final String CONNECTION_USER_CONFIG = "connection.user";
    public static final String CONNECTION_PASSWORD_CONFIG = "connection.password";
    public static final String MAX_RETRIES_CONFIG = "max.retries";
    public static final String RETRY_BACKOFF_MS_CONFIG = "retry.backoff.ms";

    public static final String INSERT_MODE_CONFIG = "insert.mode";
    public static final String DELETE_ENABLED_CONFIG = "delete.enabled";
    public static final String BATCH_SIZE_CONFIG = "batch.size";
    public static final String COPY_ENABLED_CONFIG = "copy.enabled";

    public static final String PK_MODE_CONFIG = "pk.mode";
    public static final String PK_FIELDS_CONFIG = "pk.fields";

    public static final String TABLE_NAME_FORMAT_CONFIG = "table.name.format";
    public static final String TABLE_NAME_ALLOWED_REGEX_CONFIG = "table.name.allowed.regex";
    public static final String AUTO_CREATE_CONFIG = "auto.create";
    public static final String AUTO_EVOLVE_CONFIG = "auto.evolve";

    public static final String VALUE_MAPPING_CONFIG = "value.mapping";
    public static final String VALUE_COLUMN_CONFIG = "value.column";
    public static final String VALUE_JSON_FIELDS_CONFIG = "value.json.fields";
    public static final String HEADERS_COLUMNS_CONFIG = "headers.columns";

    /** Column names of {@code pk.mode=kafka} when {@code pk.fields} is empty. */
    public static final List<String> KAFKA_PK_DEFAULTS = List.of("__connect_topic", "__connect_partition", "__connect_offset");
    /** Column name of a primitive record key when {@code pk.fields} is empty. */
    public static final String RECORD_KEY_DEFAULT = "__connect_key";

    private static final String CONNECTION_GROUP = "Connection";
    private static final String WRITES_GROUP = "Writes";
    private static final String PK_GROUP = "Primary key";
    private static final String TABLE_GROUP = "Tables";
    private static final String VALUE_GROUP = "Values and headers";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(CONNECTION_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "JDBC URL. Its prefix chooses the dialect: jdbc:postgresql:, jdbc:mariadb: or "
                            + "jdbc:mysql:, jdbc:sqlite:; any other driver on the class path gets the generic (ANSI) dialect. "
                            + "The sink logs it with a user:password@ part and password, secret and token parameters "
                            + "masked; Connect's REST API returns it as written, so keep credentials in "
                            + "connection.password (with a config provider) rather than in the URL.",
                    CONNECTION_GROUP, 1, Width.LONG, "JDBC URL")
            .define(CONNECTION_USER_CONFIG, Type.STRING, null, Importance.HIGH,
                    "Database user; unset to take it from the URL.", CONNECTION_GROUP, 2, Width.MEDIUM, "User")
            .define(CONNECTION_PASSWORD_CONFIG, Type.PASSWORD, null, Importance.HIGH,
                    "Database password; never logged. Connect's REST API returns it as submitted: give it as a "
                            + "config provider reference (${file:...}, ${dir:...}) to keep it out of the API.",
                    CONNECTION_GROUP, 3, Width.MEDIUM, "Password")
            .define(MAX_RETRIES_CONFIG, Type.INT, 10, Range.atLeast(0), Importance.MEDIUM,
                    "How many times in a row a delivery that failed for a reason other than its rows (connection lost, "
                            + "deadlock, database restarting, read-only or full, permission revoked, table dropped) is "
                            + "retried, each time on a new connection, before the task fails. No record goes to the "
                            + "dead-letter queue for such an error. The count starts again after a successful write.",
                    CONNECTION_GROUP, 4, Width.SHORT, "Max retries")
            .define(RETRY_BACKOFF_MS_CONFIG, Type.LONG, 3000L, Range.atLeast(0), Importance.MEDIUM,
                    "Pause before a retry; Connect redelivers the same records after it.",
                    CONNECTION_GROUP, 5, Width.SHORT, "Retry backoff (ms)")
            .define(INSERT_MODE_CONFIG, Type.STRING, "insert", EnumValues.validator(InsertMode.class), Importance.HIGH,
                    "insert: plain INSERT (COPY on PostgreSQL, LOAD DATA LOCAL INFILE on MariaDB/MySQL); upsert: insert or update the row with the same "
                            + "primary key (idempotent); update: UPDATE the row with the same primary key.",
                    WRITES_GROUP, 1, Width.SHORT, "Insert mode")
            .define(DELETE_ENABLED_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Delete the row with the record key when a tombstone (null value) arrives; needs pk.mode=record_key. "
                            + "When false, tombstones are skipped and counted.",
                    WRITES_GROUP, 2, Width.SHORT, "Delete on tombstone")
            .define(BATCH_SIZE_CONFIG, Type.INT, 3000, Range.between(1, 1_000_000), Importance.MEDIUM,
                    "Most rows sent to the database in one batch (one executeBatch or one COPY, one transaction). "
                            + "Larger deliveries are split into several batches.",
                    WRITES_GROUP, 3, Width.SHORT, "Batch size")
            .define(COPY_ENABLED_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                    "In insert mode, write batches with the database's bulk load: COPY FROM STDIN on PostgreSQL, LOAD DATA "
                            + "LOCAL INFILE (streamed from memory, needs local_infile=ON on the server) on MariaDB/MySQL. "
                            + "A batch the bulk load rejects (on MariaDB: any warning, such as a duplicate key or a value "
                            + "that does not fit) is written again with INSERT statements, so only the bad rows go to the "
                            + "dead-letter queue; a server that refuses LOCAL INFILE is written to with INSERT from then on, "
                            + "with one warning in the log.",
                    WRITES_GROUP, 4, Width.SHORT, "Bulk load fast path")
            .define(PK_MODE_CONFIG, Type.STRING, "none", EnumValues.validator(PkMode.class), Importance.HIGH,
                    "none: no key; kafka: the record's original topic, partition and offset (exactly-once with "
                            + "upsert); record_key: the record key; record_value: fields of the value.",
                    PK_GROUP, 1, Width.SHORT, "Primary key mode")
            .define(PK_FIELDS_CONFIG, Type.LIST, "", Importance.MEDIUM,
                    "Key columns. kafka: three names for topic, partition, offset (default " + KAFKA_PK_DEFAULTS
                            + "); record_key: the column of a primitive key (default " + RECORD_KEY_DEFAULT
                            + ") or the fields of a struct/map key (default all); record_value: the value fields (required).",
                    PK_GROUP, 2, Width.LONG, "Primary key fields")
            .define(TABLE_NAME_FORMAT_CONFIG, Type.STRING, "${topic}", new TableNameTemplate.Validator(), Importance.HIGH,
                    "Table name template with ${topic}, ${header.NAME} and ${field.NAME}. The result is one quoted "
                            + "identifier (a dot is part of the name, not a schema separator). A record whose header "
                            + "or field is missing, or is not text (bytes must be UTF-8), goes to the dead-letter "
                            + "queue. A template with ${header.NAME} or ${field.NAME} needs "
                            + TABLE_NAME_ALLOWED_REGEX_CONFIG + ".",
                    TABLE_GROUP, 1, Width.LONG, "Table name format")
            .define(TABLE_NAME_ALLOWED_REGEX_CONFIG, Type.STRING, null,
                    new RegexValidator(),
                    Importance.HIGH, "The tables this connector may write: a regular expression every table name "
                            + "rendered by table.name.format must match in full. A record whose table name does not "
                            + "match goes to the dead-letter queue. Required when the template takes names from "
                            + "record data (${header.NAME}, ${field.NAME}), so a producer cannot route records into "
                            + "any table the database user can reach; optional otherwise.",
                    TABLE_GROUP, 2, Width.LONG, "Allowed table names")
            .define(AUTO_CREATE_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Create a missing table with columns from the record's schema (or the types inferred from a "
                            + "schemaless value) and the primary key of pk.mode.",
                    TABLE_GROUP, 3, Width.SHORT, "Auto-create")
            .define(AUTO_EVOLVE_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Add a nullable column for a field the table lacks, and widen a column whose type cannot hold "
                            + "a new value (on PostgreSQL and MariaDB: a wider integer, an integer column to DOUBLE or "
                            + "DECIMAL, a boolean or number mixed with text or each other to text). Without it the first "
                            + "value fixes a column's type and rows the database cannot convert go to the dead-letter "
                            + "queue. Columns are never dropped or renamed.",
                    TABLE_GROUP, 4, Width.SHORT, "Auto-evolve")
            .define(VALUE_MAPPING_CONFIG, Type.STRING, "columns", EnumValues.validator(ValueMapping.class), Importance.HIGH,
                    "columns: one column per top-level field of a struct or map value, types from the schema or "
                            + "inferred from schemaless JSON (nested values as JSON); json: the whole value in the "
                            + "value.column column (JSONB on PostgreSQL) plus value.json.fields as columns.",
                    VALUE_GROUP, 1, Width.SHORT, "Value mapping")
            .define(VALUE_COLUMN_CONFIG, Type.STRING, "value", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Column that holds the whole value: the JSON document when value.mapping=json, and a value "
                            + "that is neither struct nor map (a log line from the StringConverter) with value.mapping=columns.",
                    VALUE_GROUP, 2, Width.MEDIUM, "Value column")
            .define(VALUE_JSON_FIELDS_CONFIG, Type.LIST, "", Importance.MEDIUM,
                    "Top-level value fields also written to their own columns when value.mapping=json.",
                    VALUE_GROUP, 3, Width.LONG, "Extracted fields")
            .define(HEADERS_COLUMNS_CONFIG, Type.LIST, "", Importance.MEDIUM,
                    "Record headers written to columns of the same name (the last header of each name; "
                            + "types from the header's schema or value).",
                    VALUE_GROUP, 4, Width.LONG, "Header columns");

    public final String connectionUrl;
    public final String user;
    public final Password password;
    public final int maxRetries;
    public final long retryBackoffMs;
    public final InsertMode insertMode;
    public final boolean deleteEnabled;
    public final int batchSize;
    public final boolean copyEnabled;
    public final PkMode pkMode;
    public final List<String> pkFields;
    public final TableNameTemplate tableName;
    public final Optional<Pattern> allowedTables;
    public final boolean autoCreate;
    public final boolean autoEvolve;
    public final ValueMapping valueMapping;
    public final String valueColumn;
    public final List<String> jsonFields;
    public final List<String> headerColumns;

    public JdbcSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props, false);
        connectionUrl = getString(CONNECTION_URL_CONFIG);
        user = getString(CONNECTION_USER_CONFIG);
        password = getPassword(CONNECTION_PASSWORD_CONFIG);
        maxRetries = getInt(MAX_RETRIES_CONFIG);
        retryBackoffMs = getLong(RETRY_BACKOFF_MS_CONFIG);
        insertMode = EnumValues.parse(InsertMode.class, getString(INSERT_MODE_CONFIG));
        deleteEnabled = getBoolean(DELETE_ENABLED_CONFIG);
        batchSize = getInt(BATCH_SIZE_CONFIG);
        copyEnabled = getBoolean(COPY_ENABLED_CONFIG);
        pkMode = EnumValues.parse(PkMode.class, getString(PK_MODE_CONFIG));
        pkFields = getList(PK_FIELDS_CONFIG);
        tableName = TableNameTemplate.parse(TABLE_NAME_FORMAT_CONFIG, getString(TABLE_NAME_FORMAT_CONFIG));
        allowedTables = Optional.ofNullable(getString(TABLE_NAME_ALLOWED_REGEX_CONFIG)).map(Pattern::compile);
        autoCreate = getBoolean(AUTO_CREATE_CONFIG);
        autoEvolve = getBoolean(AUTO_EVOLVE_CONFIG);
        valueMapping = EnumValues.parse(ValueMapping.class, getString(VALUE_MAPPING_CONFIG));
        valueColumn = getString(VALUE_COLUMN_CONFIG);
        jsonFields = getList(VALUE_JSON_FIELDS_CONFIG);
        headerColumns = getList(HEADERS_COLUMNS_CONFIG);
        logValues();
    }

    private void logValues() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append(" values: ");
        new TreeMap<>(values()).forEach((key, value) -> text.append("\n\t").append(key).append(" = ")
                .append(key.equals(CONNECTION_URL_CONFIG) ? ConnectionUrls.masked(connectionUrl) : value));
        log.info(text.toString());
    }

    /** What the row mapper needs, with the database's identifier rules. */
    public RowMapping rowMapping(IdentifierRules identifiers) {
        return new RowMapping(tableName, allowedTables, operation(), deleteEnabled, pkMode, keyColumns(),
                pkFields.isEmpty() ? RECORD_KEY_DEFAULT : pkFields.get(0), valueMapping, valueColumn, jsonFields,
                headerColumns, identifiers);
    }

    private Operation operation() {
        return switch (insertMode) {
            case INSERT -> Operation.INSERT;
            case UPSERT -> Operation.UPSERT;
            case UPDATE -> Operation.UPDATE;
        };
    }

    /** The key column names of {@link #pkMode}, defaults applied; empty for a struct/map key with all fields. */
    public List<String> keyColumns() {
        return switch (pkMode) {
            case NONE -> List.of();
            case KAFKA -> pkFields.isEmpty() ? KAFKA_PK_DEFAULTS : pkFields;
            case RECORD_KEY, RECORD_VALUE -> pkFields;
        };
    }
}
