package io.flumeconnect.sinks.jdbc.row;

import io.flumeconnect.sinks.jdbc.config.PkMode;
import io.flumeconnect.sinks.jdbc.config.ValueMapping;
import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Turns a record into a {@link Row}: table name from the template (checked against the allowed pattern), key
 * columns from {@code pk.mode}, the other columns from the value (by schema, or inferred for schemaless maps) and
 * the chosen headers. Table and column names pass through the database's {@link IdentifierRules}; a record whose
 * fields would share a column there is a bad record.
 *
 * <p>With {@code pk.mode} {@code none} or {@code kafka} (the modes of logs: the key columns do not depend on the
 * record's data) and a struct or map value, a record with the table and fields of the record before it reuses that
 * record's columns ({@link RowLayout}); only its values are read.
 */
public final class RowMapper {
    private final RowMapping config;
    private final List<Column> kafkaKeyColumns;
    private final boolean layoutsApply;
    private final RecordFields fields = new RecordFields();
    private RowLayout layout;
    private String lastRenderedTable;
    private String lastTable;

    public RowMapper(RowMapping config) {
        this.config = config;
        List<String> names = config.keyColumns();
        this.kafkaKeyColumns = config.pkMode() != PkMode.KAFKA ? List.of() : List.of(Column.of(names.get(0), ColumnKind.STRING),
                Column.of(names.get(1), ColumnKind.INT32), Column.of(names.get(2), ColumnKind.INT64));
        this.layoutsApply = config.valueMapping() != ValueMapping.JSON
                && (config.pkMode() == PkMode.NONE || config.pkMode() == PkMode.KAFKA);
    }

    /** The row for {@code record}, or null for a tombstone that is not to delete anything. */
    public Row map(SinkRecord record) {
        String table = table(record);
        if (record.value() == null) {
            return config.deleteEnabled() ? row(record, table, Operation.DELETE, keyCells(record, Map.of()), Map.of()) : null;
        }
        if (layoutsApply && fields.read(record, config.headerColumns())) {
            return rowOfLayout(record, table);
        }
        Map<String, Cell> cells = valueCells(record);
        headerCells(record, cells);
        List<Cell> keys = keyCells(record, cells);
        keys.forEach(key -> cells.remove(key.column().name()));
        return row(record, table, config.operation(), keys, cells);
    }

    private Row rowOfLayout(SinkRecord record, String table) {
        if (layout == null || !layout.fits(table, fields)) {
            layout = RowLayout.of(table, fields, kafkaKeyColumns, config.identifiers());
        }
        List<Object> keyValues = config.pkMode() == PkMode.KAFKA ? kafkaKeyValues(record) : List.of();
        return layout.row(record, config.operation(), keyValues, fields);
    }

    /** The table of {@code record}; a name rendered as the record before it was is not checked again. */
    private String table(SinkRecord record) {
        String name = config.tableName().render(record);
        if (name.equals(lastRenderedTable)) {
            return lastTable;
        }
        if (config.allowedTables().isPresent() && !config.allowedTables().get().matcher(name).matches()) {
            throw new BadRecordException("table name '" + name + "' does not match table.name.allowed.regex "
                    + config.allowedTables().get());
        }
        lastTable = config.identifiers().fit(name);
        lastRenderedTable = name;
        return lastTable;
    }

    private Row row(SinkRecord record, String table, Operation operation, List<Cell> keys, Map<String, Cell> values) {
        ColumnNames names = new ColumnNames(config.identifiers());
        List<Cell> keyCells = named(keys, names);
        List<Cell> others = named(values.values(), names);
        return new Row(record, table, operation, columns(keyCells), values(keyCells), columns(others), values(others));
    }

    // loops rather than streams: they run for every record
    private static List<Column> columns(List<Cell> cells) {
        List<Column> columns = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            columns.add(cell.column());
        }
        return Collections.unmodifiableList(columns);
    }

    private static List<Object> values(List<Cell> cells) {
        List<Object> values = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            values.add(cell.value());
        }
        return Collections.unmodifiableList(values);
    }

    private static List<Cell> named(Collection<Cell> cells, ColumnNames names) {
        List<Cell> named = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            Column column = names.fitted(cell.column());
            named.add(column == cell.column() ? cell : new Cell(column, cell.value()));
        }
        return named;
    }

    // --- value ------------------------------------------------------------------------------------------

    private Map<String, Cell> valueCells(SinkRecord record) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        Object value = record.value();
        if (config.valueMapping() == ValueMapping.JSON) {
            cells.put(config.valueColumn(), Cell.of(Column.of(config.valueColumn(), ColumnKind.JSON), value));
            for (String field : config.jsonFields()) {
                fieldCell(value, field).ifPresent(cell -> cells.put(field, cell));
            }
        } else if (value instanceof Struct struct) {
            struct.schema().fields().forEach(field ->
                    cells.put(field.name(), Cell.of(ColumnKinds.fromSchema(field.name(), field.schema()), struct.get(field))));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((name, item) -> {
                Column column = ColumnKinds.infer(String.valueOf(name), item);
                if (column != null) {
                    cells.put(column.name(), Cell.of(column, item));
                }
            });
        } else {
            Column column = record.valueSchema() != null
                    ? ColumnKinds.fromSchema(config.valueColumn(), record.valueSchema())
                    : ColumnKinds.infer(config.valueColumn(), value);
            cells.put(config.valueColumn(), Cell.of(column, value));
        }
        return cells;
    }

    /** A top-level field of a struct or map; empty when the map lacks it or holds null. */
    private static Optional<Cell> fieldCell(Object container, String name) {
        if (container instanceof Struct struct) {
            org.apache.kafka.connect.data.Field field = struct.schema().field(name);
            return field == null ? Optional.empty()
                    : Optional.of(Cell.of(ColumnKinds.fromSchema(name, field.schema()), struct.get(field)));
        }
        if (container instanceof Map<?, ?> map) {
            Column column = ColumnKinds.infer(name, map.get(name));
            return column == null ? Optional.empty() : Optional.of(Cell.of(column, map.get(name)));
        }
        return Optional.empty();
    }

    private void headerCells(SinkRecord record, Map<String, Cell> cells) {
        for (String name : config.headerColumns()) {
            Header header = record.headers().lastWithName(name);
            if (header == null || header.value() == null) {
                continue;
            }
            Column column = header.schema() != null ? ColumnKinds.fromSchema(name, header.schema())
                    : ColumnKinds.infer(name, header.value());
            cells.put(name, Cell.of(column, header.value()));
        }
    }

    // --- key --------------------------------------------------------------------------------------------

    private List<Cell> keyCells(SinkRecord record, Map<String, Cell> valueCells) {
        PkMode mode = config.pkMode();
        return switch (mode) {
            case NONE -> List.of();
            case KAFKA -> kafkaKey(record);
            case RECORD_KEY -> recordKey(record);
            case RECORD_VALUE -> valueKey(valueCells);
        };
    }

    private List<Cell> kafkaKey(SinkRecord record) {
        List<Object> values = kafkaKeyValues(record);
        return List.of(Cell.of(kafkaKeyColumns.get(0), values.get(0)), Cell.of(kafkaKeyColumns.get(1), values.get(1)),
                Cell.of(kafkaKeyColumns.get(2), values.get(2)));
    }

    /** The record's original coordinates: an SMT may rename the topic, the key stays where the record came from. */
    private static List<Object> kafkaKeyValues(SinkRecord record) {
        return List.of(record.originalTopic(), record.originalKafkaPartition(), record.originalKafkaOffset());
    }

    private List<Cell> recordKey(SinkRecord record) {
        Object key = record.key();
        if (key == null) {
            throw new BadRecordException("pk.mode=record_key but the record has no key");
        }
        if (key instanceof Struct || key instanceof Map) {
            List<String> names = config.keyColumns().isEmpty() ? allFields(key) : config.keyColumns();
            return required(names, name -> fieldCell(key, name), "key");
        }
        String name = config.primitiveKeyColumn();
        Column column = record.keySchema() != null ? ColumnKinds.fromSchema(name, record.keySchema())
                : ColumnKinds.infer(name, key);
        return List.of(Cell.of(column, key));
    }

    private static List<String> allFields(Object key) {
        if (key instanceof Struct struct) {
            return struct.schema().fields().stream().map(org.apache.kafka.connect.data.Field::name).toList();
        }
        return ((Map<?, ?>) key).keySet().stream().map(String::valueOf).toList();
    }

    private List<Cell> valueKey(Map<String, Cell> valueCells) {
        return required(config.keyColumns(), name -> Optional.ofNullable(valueCells.get(name)), "value");
    }

    private static List<Cell> required(List<String> names, Function<String, Optional<Cell>> lookup,
                                       String where) {
        List<Cell> cells = new ArrayList<>(names.size());
        for (String name : names) {
            Cell cell = lookup.apply(name).filter(c -> c.value() != null).orElseThrow(() ->
                    new BadRecordException("primary key field '" + name + "' is missing or null in the record " + where));
            cells.add(cell);
        }
        return cells;
    }
}
