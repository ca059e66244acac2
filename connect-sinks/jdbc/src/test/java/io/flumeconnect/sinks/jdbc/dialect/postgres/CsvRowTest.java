package io.flumeconnect.sinks.jdbc.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowTest {
    @Test
    void quotesTextDoublingItsQuotesAndLeavesNullEmpty() {
        assertThat(csv(List.of(Column.of("a", ColumnKind.STRING), Column.of("b", ColumnKind.STRING),
                Column.of("c", ColumnKind.STRING)), Arrays.asList("say \"hi\", \"\"", null, "plain")))
                .isEqualTo("\"say \"\"hi\"\", \"\"\"\"\",,\"plain\"");
    }

    @Test
    void printsNumbersBooleansBytesAndTimesAsPostgresReadsThem() {
        List<Column> columns = List.of(Column.of("i", ColumnKind.INT64), Column.of("f", ColumnKind.FLOAT64),
                Column.of("g", ColumnKind.FLOAT32), Column.of("s", ColumnKind.INT16), Column.of("b", ColumnKind.BOOLEAN),
                Column.of("x", ColumnKind.BYTES), Column.of("d", ColumnKind.DECIMAL), Column.of("t", ColumnKind.TIMESTAMP));
        assertThat(csv(columns, List.of(-42L, 0.001, 1.5f, (short) 7, true, new byte[] {0x0a, (byte) 0xff},
                new BigDecimal("1E+3"), new Date(0))))
                .isEqualTo("-42,0.001,1.5,7,true,\\x0aff,1000,1970-01-01T00:00:00Z");
    }

    private static String csv(List<Column> columns, List<Object> values) {
        StringBuilder out = new StringBuilder();
        CsvRow.append(out, columns, values);
        return out.toString();
    }
}
