package io.flumeconnect.sinks.jdbc.dialect.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import io.flumeconnect.sinks.jdbc.row.Operation;
import io.flumeconnect.sinks.jdbc.row.Row;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadDataRowTest {
    @Test
    void escapesWhatWouldEndAFieldOrARowAndWritesNullAsBackslashN() {
        List<Column> text = List.of(Column.of("a", ColumnKind.STRING), Column.of("b", ColumnKind.STRING),
                Column.of("c", ColumnKind.STRING), Column.of("d", ColumnKind.JSON), Column.of("e", ColumnKind.STRING));
        assertThat(row(text, Arrays.asList("tab\there\nnew\rline", "\\N", null, "{\"p\":\"C:\\\\x\"}", "nul\0 😀 é")))
                .isEqualTo("tab\\there\\nnew\\rline\t\\\\N\t\\N\t{\"p\":\"C:\\\\\\\\x\"}\tnul\\0 😀 é");
    }

    @Test
    void anEmptyTextIsAnEmptyFieldNotNull() {
        assertThat(row(List.of(Column.of("a", ColumnKind.STRING), Column.of("b", ColumnKind.STRING)),
                Arrays.asList("", null))).isEqualTo("\t\\N");
    }

    @Test
    void printsNumbersBooleansBytesAndTimesAsMariaDbReadsThem() {
        List<Column> columns = List.of(Column.of("i", ColumnKind.INT64), Column.of("f", ColumnKind.FLOAT64),
                Column.of("g", ColumnKind.FLOAT32), Column.of("s", ColumnKind.INT16), Column.of("b", ColumnKind.BOOLEAN),
                Column.of("x", ColumnKind.BYTES), Column.of("d", ColumnKind.DECIMAL), Column.of("t", ColumnKind.TIMESTAMP),
                Column.of("day", ColumnKind.DATE), Column.of("tod", ColumnKind.TIME));
        assertThat(row(columns, List.of(-42L, 0.001, 1.5f, (short) 7, false, new byte[] {0x09, 0x0a, 0x5c, (byte) 0xff},
                new BigDecimal("1E+3"), new Date(1_700_000_000_123L), new Date(86_400_000L * 3), new Date(3_723_004L))))
                .isEqualTo("-42\t0.001\t1.5\t7\t0\t090a5cff\t1000\t2023-11-14 22:13:20.123\t1970-01-04\t01:02:03.004");
    }

    @Test
    void theStatementLoadsBytesColumnsThroughUnhex() {
        Row.Shape shape = new Row.Shape("logs`x", Operation.INSERT, List.of(Column.of("id", ColumnKind.INT64)),
                List.of(Column.of("raw", ColumnKind.BYTES), Column.of("msg", ColumnKind.STRING)));
        assertThat(new MariaDbLoadData(new MariaDbDialect()).statement(shape)).isEqualTo(
                "LOAD DATA LOCAL INFILE 'batch' INTO TABLE `logs``x` CHARACTER SET utf8mb4 (`id`, @hex1, `msg`)"
                        + " SET `raw` = UNHEX(@hex1)");
    }

    private static String row(List<Column> columns, List<Object> values) {
        StringBuilder out = new StringBuilder();
        LoadDataRow.append(out, columns, values);
        return out.toString();
    }
}
