package io.flumeconnect.sinks.jdbc.table;

import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import io.flumeconnect.sinks.jdbc.row.Column;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a table has, as the database's metadata reported them, looked up the way the database compares
 * names (ignoring case on MariaDB and SQLite), so a column is never added twice under another case.
 */
record TableColumns(IdentifierRules rules, Map<String, Existing> byKey) {
    /** A column of the table: its name as the database spells it, and its {@link java.sql.Types} code. */
    record Existing(String name, int jdbcType) {
    }

    boolean exists() {
        return !byKey.isEmpty();
    }

    Optional<Existing> find(Column column) {
        return Optional.ofNullable(byKey.get(rules.key(column.name())));
    }

    List<Column> missing(List<Column> columns) {
        return columns.stream().filter(column -> find(column).isEmpty()).toList();
    }
}
