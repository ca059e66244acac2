package io.flumeconnect.sinks.jdbc.row;

import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import java.util.HashMap;
import java.util.Map;

/** The columns of one row under the names the database keeps ({@link IdentifierRules#fit}), no two fields sharing one. */
final class ColumnNames {
    private final IdentifierRules rules;
    /** The fields named so far, by the database's comparison key of their column. */
    private final Map<String, String> fieldByColumn = new HashMap<>();

    ColumnNames(IdentifierRules rules) {
        this.rules = rules;
    }

    /** {@code column} under the name the database keeps; a bad record when an earlier field has that column. */
    Column fitted(Column column) {
        String field = column.name();
        String name = rules.fit(field);
        String clash = fieldByColumn.putIfAbsent(rules.key(name), field);
        if (clash != null) {
            throw new BadRecordException("fields '" + clash + "' and '" + field + "' would share column '" + name
                    + "'" + (rules.caseInsensitive() ? " (this database compares column names ignoring case)" : ""));
        }
        return name.equals(field) ? column : column.named(name);
    }
}
