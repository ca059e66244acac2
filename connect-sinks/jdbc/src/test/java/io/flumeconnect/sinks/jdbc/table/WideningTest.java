package io.flumeconnect.sinks.jdbc.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import java.sql.Types;
import org.junit.jupiter.api.Test;

class WideningTest {
    @Test
    void integersWidenToWiderIntegersFloatsOrDecimals() {
        assertThat(Widening.of(Types.INTEGER, ColumnKind.INT64)).contains(ColumnKind.INT64);
        assertThat(Widening.of(Types.BIGINT, ColumnKind.INT32)).isEmpty();
        assertThat(Widening.of(Types.BIGINT, ColumnKind.FLOAT64)).contains(ColumnKind.FLOAT64);
        assertThat(Widening.of(Types.SMALLINT, ColumnKind.DECIMAL)).contains(ColumnKind.DECIMAL);
        assertThat(Widening.of(Types.DOUBLE, ColumnKind.INT64)).isEmpty();
        assertThat(Widening.of(Types.NUMERIC, ColumnKind.FLOAT64)).isEmpty();
    }

    @Test
    void booleansAndNumbersOrTextMixedBecomeText() {
        assertThat(Widening.of(Types.BIT, ColumnKind.INT64)).contains(ColumnKind.STRING);
        assertThat(Widening.of(Types.BOOLEAN, ColumnKind.FLOAT64)).contains(ColumnKind.STRING);
        assertThat(Widening.of(Types.BIGINT, ColumnKind.BOOLEAN)).contains(ColumnKind.STRING);
        assertThat(Widening.of(Types.DOUBLE, ColumnKind.STRING)).contains(ColumnKind.STRING);
        assertThat(Widening.of(Types.BIT, ColumnKind.BOOLEAN)).isEmpty();
    }

    @Test
    void textHoldsEverythingAndOtherColumnsAreNeverChanged() {
        assertThat(Widening.of(Types.VARCHAR, ColumnKind.BOOLEAN)).isEmpty();
        assertThat(Widening.of(Types.TIMESTAMP, ColumnKind.STRING)).isEmpty();
        assertThat(Widening.of(Types.OTHER, ColumnKind.INT64)).isEmpty();
        assertThat(Widening.of(Types.BIGINT, ColumnKind.JSON)).isEmpty();
    }
}
