package io.flumeconnect.sinks.jdbc.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sinks.jdbc.Dialects;
import io.flumeconnect.sinks.jdbc.JdbcSinkConfig;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** Records to rows: column kinds from schemas (logical types included) and from schemaless values; key modes. */
class RowMapperTest {
    private static RowMapper mapper(String... keysAndValues) {
        Map<String, String> props = new HashMap<>(Map.of("connection.url", "jdbc:sqlite:x"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        JdbcSinkConfig config = new JdbcSinkConfig(props);
        return new RowMapper(config.rowMapping(Dialects.forUrl(config.connectionUrl).identifiers()));
    }

    private static SinkRecord record(Schema keySchema, Object key, Schema schema, Object value) {
        return new SinkRecord("logs", 2, keySchema, key, schema, value, 41);
    }

    @Test
    void structFieldsTakeTheirKindsFromTheSchemaIncludingLogicalTypes() {
        Schema schema = SchemaBuilder.struct()
                .field("i8", Schema.INT8_SCHEMA).field("i16", Schema.INT16_SCHEMA).field("i32", Schema.INT32_SCHEMA)
                .field("i64", Schema.INT64_SCHEMA).field("f32", Schema.FLOAT32_SCHEMA).field("f64", Schema.FLOAT64_SCHEMA)
                .field("b", Schema.BOOLEAN_SCHEMA).field("s", Schema.STRING_SCHEMA).field("bytes", Schema.BYTES_SCHEMA)
                .field("dec", Decimal.schema(3)).field("day", Date.SCHEMA).field("tod", Time.SCHEMA).field("ts", Timestamp.SCHEMA)
                .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build())
                .field("opt", Schema.OPTIONAL_STRING_SCHEMA).build();
        java.util.Date epoch = new java.util.Date(0);
        Struct value = new Struct(schema).put("i8", (byte) 1).put("i16", (short) 2).put("i32", 3).put("i64", 4L)
                .put("f32", 1.5f).put("f64", 2.5).put("b", true).put("s", "x").put("bytes", new byte[] {1})
                .put("dec", new BigDecimal("1.234")).put("day", epoch).put("tod", epoch).put("ts", epoch)
                .put("tags", List.of("a", "b"));

        Row row = mapper().map(record(null, null, schema, value));

        assertThat(row.valueColumns()).extracting(Column::kind).containsExactly(ColumnKind.INT8, ColumnKind.INT16,
                ColumnKind.INT32, ColumnKind.INT64, ColumnKind.FLOAT32, ColumnKind.FLOAT64, ColumnKind.BOOLEAN,
                ColumnKind.STRING, ColumnKind.BYTES, ColumnKind.DECIMAL, ColumnKind.DATE, ColumnKind.TIME,
                ColumnKind.TIMESTAMP, ColumnKind.JSON, ColumnKind.STRING);
        assertThat(row.valueColumns().get(9).scale()).isEqualTo(3);
        assertThat(row.values().get(13)).isEqualTo("[\"a\",\"b\"]");
        assertThat(row.values().get(14)).isNull();
        assertThat(row.operation()).isEqualTo(Operation.INSERT);
    }

    @Test
    void schemalessValuesAreInferredAndNullsWriteNoColumn() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("n", 1L);
        value.put("x", 0.5);
        value.put("ok", false);
        value.put("msg", "hi");
        value.put("nested", Map.of("a", 1L));
        value.put("gone", null);

        Row row = mapper().map(record(null, null, null, value));

        assertThat(row.valueColumns()).extracting(Column::name).containsExactly("n", "x", "ok", "msg", "nested");
        assertThat(row.valueColumns()).extracting(Column::kind).containsExactly(ColumnKind.INT64, ColumnKind.FLOAT64,
                ColumnKind.BOOLEAN, ColumnKind.STRING, ColumnKind.JSON);
        assertThat(row.values()).containsExactly(1L, 0.5, false, "hi", "{\"a\":1}");
    }

    @Test
    void kafkaKeysAreTheOriginalCoordinates() {
        SinkRecord renamed = record(null, null, null, Map.of("m", "x"))
                .newRecord("renamed", 0, null, null, null, Map.of("m", "x"), null);

        Row row = mapper("insert.mode", "upsert", "pk.mode", "kafka").map(renamed);

        assertThat(row.table()).isEqualTo("renamed");
        assertThat(row.keyColumns()).extracting(Column::name).containsExactly("__connect_topic", "__connect_partition", "__connect_offset");
        assertThat(row.keyValues()).containsExactly("logs", 2, 41L);
        assertThat(row.operation()).isEqualTo(Operation.UPSERT);
    }

    @Test
    void structKeysGiveTheirFieldsAndValueFieldsOfTheSameNameAreNotWrittenTwice() {
        Schema keySchema = SchemaBuilder.struct().field("host", Schema.STRING_SCHEMA).field("port", Schema.INT32_SCHEMA).build();
        Struct key = new Struct(keySchema).put("host", "web1").put("port", 80);

        Row row = mapper("insert.mode", "upsert", "pk.mode", "record_key")
                .map(record(keySchema, key, null, Map.of("host", "web1", "status", "up")));

        assertThat(row.keyColumns()).extracting(Column::name).containsExactly("host", "port");
        assertThat(row.valueColumns()).extracting(Column::name).containsExactly("status");
    }

    @Test
    void tombstonesDeleteOnlyWhenEnabled() {
        assertThat(mapper().map(record(null, "k", null, null))).isNull();

        Row row = mapper("pk.mode", "record_key", "delete.enabled", "true").map(record(Schema.STRING_SCHEMA, "k", null, null));

        assertThat(row.operation()).isEqualTo(Operation.DELETE);
        assertThat(row.keyColumns()).containsExactly(Column.of("__connect_key", ColumnKind.STRING));
        assertThat(row.valueColumns()).isEmpty();
    }

    @Test
    void fieldsThatDifferOnlyInCaseAreABadRecordWhereTheDatabaseIgnoresCase() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", 1L);
        value.put("A", 2L);

        for (String url : List.of("jdbc:sqlite:x", "jdbc:mariadb://h/db")) {
            assertThatThrownBy(() -> mapper("connection.url", url).map(record(null, null, null, value))).as(url)
                    .isInstanceOf(BadRecordException.class).hasMessageContaining("fields 'a' and 'A' would share column 'A'");
        }
        assertThat(mapper("connection.url", "jdbc:postgresql://h/db").map(record(null, null, null, value)).valueColumns())
                .extracting(Column::name).containsExactly("a", "A");
        assertThatThrownBy(() -> mapper("insert.mode", "upsert", "pk.mode", "kafka")
                .map(record(null, null, null, Map.of("__CONNECT_OFFSET", 1L))))
                .isInstanceOf(BadRecordException.class).hasMessageContaining("'__connect_offset' and '__CONNECT_OFFSET'");
    }

    @Test
    void namesTheDatabaseWouldChangeAreFittedDeterministically() {
        String prefix = "x".repeat(63);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put(prefix + "_first", 1L);
        value.put(prefix + "_second", 2L);
        value.put("", 3L);

        Row row = mapper("connection.url", "jdbc:postgresql://h/db").map(record(null, null, null, value));

        assertThat(row.valueColumns()).extracting(Column::name).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63))
                .containsExactlyElementsOf(mapper("connection.url", "jdbc:postgresql://h/db")
                        .map(record(null, null, null, value)).valueColumns().stream().map(Column::name).toList());
        assertThat(row.valueColumns().get(2).name()).matches("_[0-9a-f]{8}");
    }

    @Test
    void tableNamesFromRecordDataMustMatchTheAllowedPattern() {
        RowMapper mapper = mapper("table.name.format", "${header.app}", "table.name.allowed.regex", "logs_[a-z]+");

        assertThat(mapper.map(headerRecord("logs_web")).table()).isEqualTo("logs_web");
        assertThatThrownBy(() -> mapper.map(headerRecord("users"))).isInstanceOf(BadRecordException.class)
                .hasMessageContaining("table name 'users' does not match table.name.allowed.regex");
        assertThatThrownBy(() -> mapper.map(headerRecord("logs_web; x"))).isInstanceOf(BadRecordException.class);
    }

    private static SinkRecord headerRecord(String app) {
        SinkRecord record = record(null, null, null, Map.of("m", "x"));
        record.headers().addString("app", app);
        return record;
    }

    @Test
    void missingKeysAreBadRecords() {
        assertThatThrownBy(() -> mapper("pk.mode", "record_key", "insert.mode", "upsert").map(record(null, null, null, Map.of())))
                .isInstanceOf(BadRecordException.class).hasMessageContaining("no key");
    }

    @Test
    void recordsWithTheFieldsOfTheRecordBeforeReuseItsColumnsAndKeepTheirOwnValues() {
        RowMapper mapper = mapper("insert.mode", "upsert", "pk.mode", "kafka");

        Row first = mapper.map(record(null, null, null, fields("n", 1L, "msg", "a")));
        Row second = mapper.map(new SinkRecord("logs", 2, null, null, null, fields("n", 2L, "msg", "b"), 42));

        assertThat(second.valueColumns()).isSameAs(first.valueColumns());
        assertThat(second.keyColumns()).isSameAs(first.keyColumns());
        assertThat(second.sameShape(first)).isTrue();
        assertThat(first.values()).containsExactly(1L, "a");
        assertThat(second.values()).containsExactly(2L, "b");
        assertThat(second.keyValues()).containsExactly("logs", 2, 42L);
    }

    /** Each record mapped after the others gives the row a mapper that saw no record before gives it. */
    @Test
    void aRecordMapsToTheSameRowWhateverRecordsCameBefore() {
        Schema schema = SchemaBuilder.struct().field("n", Schema.INT64_SCHEMA).field("msg", Schema.OPTIONAL_STRING_SCHEMA)
                .field("amount", Decimal.schema(2)).build();
        List<SinkRecord> records = List.of(
                record(null, null, null, fields("n", 1L, "msg", "a")),
                record(null, null, null, fields("n", "one", "msg", "a")),
                record(null, null, null, fields("msg", "a", "n", 1L)),
                record(null, null, null, fields("n", 1L, "msg", null)),
                record(null, null, null, fields("n", 1L, "msg", "a", "extra", Map.of("k", 1L))),
                record(null, null, null, fields("n", new BigDecimal("1.5"), "msg", "a")),
                record(null, null, null, fields("n", new BigDecimal("1.25"), "msg", "a")),
                withHeader(record(null, null, null, fields("n", 1L, "app", "from-value")), "app", "from-header"),
                withHeader(record(null, null, null, fields("n", 1L, "msg", "a")), "app", "web"),
                withHeader(record(null, null, null, fields("n", 1L, "msg", "a")), "app", 7),
                record(null, null, null, fields("n", 1L, "__connect_offset", 9L)),
                record(null, null, schema, new Struct(schema).put("n", 1L).put("amount", new BigDecimal("2.50"))),
                record(null, null, schema, new Struct(schema).put("n", 2L).put("msg", "b").put("amount", new BigDecimal("3.00"))),
                record(null, null, null, fields("n", 1L, "msg", "a")).newRecord("other", 0, null, null, null,
                        fields("n", 1L, "msg", "a"), null),
                record(null, null, null, fields("n", 1L, "msg", "a")));
        String[] settings = {"insert.mode", "upsert", "pk.mode", "kafka", "table.name.format", "t_${topic}",
                "headers.columns", "app"};
        RowMapper shared = mapper(settings);

        for (SinkRecord record : records) {
            Row row = shared.map(record);
            Row alone = mapper(settings).map(record);
            assertThat(row).as("%s", record.value()).usingRecursiveComparison().isEqualTo(alone);
        }
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> value = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            value.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return value;
    }

    private static SinkRecord withHeader(SinkRecord record, String name, Object value) {
        record.headers().add(name, value, null);
        return record;
    }
}
