package io.flumeconnect.sinks.jdbc.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.jdbc.Dialects;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import io.flumeconnect.sinks.jdbc.row.Operation;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL of each dialect against golden files {@code src/test/resources/golden/<dialect>.sql}. Regenerate
 * them with {@code -Dflume.golden.update=true} and review the diff.
 */
class DialectGoldenSqlTest {
    private static final String UPDATE_PROPERTY = "flume.golden.update";

    private static final List<Column> KEYS = List.of(Column.of("id", ColumnKind.INT64), Column.of("region", ColumnKind.STRING));
    private static final List<Column> VALUES = Arrays.stream(ColumnKind.values())
            .map(kind -> new Column("c_" + kind.name().toLowerCase(), kind, kind == ColumnKind.DECIMAL ? 2 : 0))
            .toList();
    private static final List<Column> FEW = List.of(Column.of("message", ColumnKind.STRING), Column.of("doc", ColumnKind.JSON));

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://h/db", "jdbc:mariadb://h/db", "jdbc:sqlite:x.db", "jdbc:h2:mem:x"})
    void sqlMatchesGoldenFile(String url) throws IOException {
        Dialect dialect = Dialects.forUrl(url);
        String actual = render(dialect);
        Path golden = Path.of("src/test/resources/golden", dialect.name() + ".sql");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -D%s=true", UPDATE_PROPERTY).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String render(Dialect dialect) {
        List<String> out = new ArrayList<>();
        section(out, "create table with every column kind", dialect.createTable("logs", KEYS, VALUES));
        section(out, "create table without key", dialect.createTable("logs", List.of(), FEW));
        section(out, "add columns", String.join(";\n", dialect.addColumns("logs", FEW)));
        section(out, "widen a column to text", dialect.alterColumnType("logs", Column.of("amount", ColumnKind.STRING))
                .orElse("-- not offered by this dialect"));
        for (Operation operation : Operation.values()) {
            section(out, operation.name().toLowerCase(), dialect.statement(new Shape("logs", operation, KEYS, FEW)));
        }
        section(out, "upsert with key columns only", dialect.statement(new Shape("logs", Operation.UPSERT, KEYS, List.of())));
        section(out, "update with key columns only", dialect.statement(new Shape("logs", Operation.UPDATE, KEYS, List.of())));
        section(out, "identifiers holding quotes are escaped", dialect.statement(new Shape("a\"b`c; DROP TABLE x",
                Operation.INSERT, List.of(), List.of(Column.of("x\"`y", ColumnKind.STRING)))));
        return String.join("\n", out);
    }

    private static void section(List<String> out, String name, String sql) {
        out.add("-- " + name + "\n" + sql + ";\n");
    }
}
