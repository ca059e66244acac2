package io.flumeconnect.sinks.jdbc.row;

import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The columns {@link RowMapper} made of one record's {@link RecordFields}, kept for the records after it with the same
 * table and the same fields (names, kinds and order), which is how logs arrive: they reuse the columns instead of
 * building and checking every name again (the largest of the sink's own costs in its profile), and the writer, which
 * compares the columns of consecutive rows, finds the same lists.
 */
final class RowLayout {
    private final String table;
    private final Column[] fields;
    private final List<Column> keyColumns;
    private final List<Column> valueColumns;
    /** For each value column, the field it takes its value from. */
    private final int[] sources;

    private RowLayout(String table, Column[] fields, List<Column> keyColumns, List<Column> valueColumns, int[] sources) {
        this.table = table;
        this.fields = fields;
        this.keyColumns = keyColumns;
        this.valueColumns = valueColumns;
        this.sources = sources;
    }

    /**
     * The layout of rows of {@code table} with {@code keys} and a value column for each field; a later field of the
     * same name (a header) takes an earlier one's place, and a field named like a key column is not written twice.
     */
    static RowLayout of(String table, RecordFields fields, List<Column> keys, IdentifierRules rules) {
        Column[] columns = new Column[fields.size()];
        Map<String, Integer> fieldByName = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            columns[i] = fields.column(i);
            fieldByName.put(fields.name(i), i);
        }
        keys.forEach(key -> fieldByName.remove(key.name()));
        ColumnNames names = new ColumnNames(rules);
        List<Column> keyColumns = new ArrayList<>(keys.size());
        keys.forEach(key -> keyColumns.add(names.fitted(key)));
        List<Column> valueColumns = new ArrayList<>(fieldByName.size());
        int[] sources = new int[fieldByName.size()];
        for (int field : fieldByName.values()) {
            sources[valueColumns.size()] = field;
            valueColumns.add(names.fitted(columns[field]));
        }
        return new RowLayout(table, columns, Collections.unmodifiableList(keyColumns),
                Collections.unmodifiableList(valueColumns), sources);
    }

    /** Whether a record of {@code table} with {@code fields} gets this layout's columns. */
    boolean fits(String table, RecordFields fields) {
        if (fields.size() != this.fields.length || !table.equals(this.table)) {
            return false;
        }
        for (int i = 0; i < this.fields.length; i++) {
            if (!fields.sameAs(i, this.fields[i])) {
                return false;
            }
        }
        return true;
    }

    Row row(SinkRecord record, Operation operation, List<Object> keyValues, RecordFields fields) {
        Object[] values = new Object[sources.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Cell.normalised(valueColumns.get(i).kind(), fields.value(sources[i]));
        }
        return new Row(record, table, operation, keyColumns, keyValues, valueColumns,
                Collections.unmodifiableList(Arrays.asList(values)));
    }
}
