package io.flumeconnect.sinks.jdbc.row;

import io.flumeconnect.sinks.jdbc.config.PkMode;
import io.flumeconnect.sinks.jdbc.config.ValueMapping;
import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@link RowMapper} needs to know: the connector's settings, resolved, and the database's identifier rules.
 *
 * @param allowedTables the pattern every rendered table name must match in full, if any
 * @param keyColumns the column names of {@code pk.mode=kafka}, or the fields of a struct/map key (empty: all)
 *                   or of the value
 * @param primitiveKeyColumn the column of a key that is neither struct nor map
 */
public record RowMapping(TableNameTemplate tableName, Optional<Pattern> allowedTables, Operation operation,
                         boolean deleteEnabled, PkMode pkMode, List<String> keyColumns, String primitiveKeyColumn,
                         ValueMapping valueMapping, String valueColumn, List<String> jsonFields, List<String> headerColumns,
                         IdentifierRules identifiers) {
}
