package io.flumeconnect.sinks.jdbc.row;

import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One record turned into a row: the table, the statement, the key columns and the other columns with
 * their values (in the same order as the columns of {@link #shape()}).
 */
public record Row(SinkRecord record, String table, Operation operation, List<Column> keyColumns, List<Object> keyValues,
                  List<Column> valueColumns, List<Object> values) {

    /** What the SQL statement depends on: rows of one shape share a statement and a batch. */
    public Shape shape() {
        return new Shape(table, operation, keyColumns, valueColumns);
    }

    /** Whether {@code other} has this row's shape, without building either shape: the writer asks for every row. */
    public boolean sameShape(Row other) {
        return operation == other.operation && table.equals(other.table) && keyColumns.equals(other.keyColumns)
                && valueColumns.equals(other.valueColumns);
    }

    /** Table, statement and columns: the identity of a prepared statement. */
    public record Shape(String table, Operation operation, List<Column> keyColumns, List<Column> valueColumns) {
        /** Key columns first, then the others: the order of CREATE TABLE and INSERT. */
        public List<Column> allColumns() {
            return java.util.stream.Stream.concat(keyColumns.stream(), valueColumns.stream()).toList();
        }
    }
}
