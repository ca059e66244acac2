package io.flumeconnect.sinks.jdbc.dialect.generic;

import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ANSI SQL for any other JDBC driver: the base class's standard types, no {@code IF NOT EXISTS}, and an SQL:2003
 * {@code MERGE} for upsert.
 */
public class GenericDialect extends Dialect {
    @Override
    public String name() {
        return "generic";
    }

    @Override
    protected String ifNotExists() {
        return "";
    }

    @Override
    protected String upsert(Shape shape) {
        List<Column> all = shape.allColumns();
        String on = shape.keyColumns().stream().map(c -> "t." + quote(c.name()) + " = s." + quote(c.name()))
                .collect(Collectors.joining(" AND "));
        String update = shape.valueColumns().isEmpty() ? ""
                : " WHEN MATCHED THEN UPDATE SET " + names(shape.valueColumns(), c -> c + " = s." + c);
        return "MERGE INTO " + quote(shape.table()) + " t USING (VALUES (" + placeholders(all) + ")) s ("
                + names(all, c -> c) + ") ON (" + on + ")" + update
                + " WHEN NOT MATCHED THEN INSERT (" + names(all, c -> c) + ") VALUES (" + names(all, c -> "s." + c) + ")";
    }
}
