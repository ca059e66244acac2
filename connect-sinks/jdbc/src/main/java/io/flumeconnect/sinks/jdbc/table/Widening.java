package io.flumeconnect.sinks.jdbc.table;

import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import java.sql.Types;
import java.util.Optional;

/**
 * Which type an existing column must take so it holds a value of another kind as well as the values it has
 * (used with {@code auto.evolve}): integers widen to a wider integer, a floating-point or decimal value turns an
 * integer column into DOUBLE or DECIMAL, and a boolean or text value in a numeric column, or any scalar in a
 * boolean column, turns it into text. Text columns hold everything; dates, bytes and JSON columns are never
 * changed (the database converts a value or refuses the row).
 */
final class Widening {
    private enum Family { BOOLEAN, INTEGER, FLOATING, DECIMAL, OTHER }

    private Widening() {
    }

    /** The kind the column must become; empty when the column's type holds the value or is never widened. */
    static Optional<ColumnKind> of(int jdbcType, ColumnKind value) {
        if (!isScalar(value)) {
            return Optional.empty();
        }
        return switch (family(jdbcType)) {
            case BOOLEAN -> value == ColumnKind.BOOLEAN ? Optional.empty() : Optional.of(ColumnKind.STRING);
            case INTEGER -> intoInteger(integerRank(jdbcType), value);
            case FLOATING, DECIMAL -> isNumber(value) ? Optional.empty() : Optional.of(ColumnKind.STRING);
            case OTHER -> Optional.empty();
        };
    }

    private static Optional<ColumnKind> intoInteger(int columnRank, ColumnKind value) {
        return switch (value) {
            case INT8, INT16, INT32, INT64 -> value.ordinal() - ColumnKind.INT8.ordinal() + 1 > columnRank
                    ? Optional.of(value) : Optional.empty();
            case FLOAT32, FLOAT64 -> Optional.of(ColumnKind.FLOAT64);
            case DECIMAL -> Optional.of(ColumnKind.DECIMAL);
            default -> Optional.of(ColumnKind.STRING);
        };
    }

    private static boolean isScalar(ColumnKind kind) {
        return isNumber(kind) || kind == ColumnKind.BOOLEAN || kind == ColumnKind.STRING;
    }

    private static boolean isNumber(ColumnKind kind) {
        return switch (kind) {
            case INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, DECIMAL -> true;
            default -> false;
        };
    }

    private static Family family(int jdbcType) {
        return switch (jdbcType) {
            case Types.BIT, Types.BOOLEAN -> Family.BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Family.INTEGER;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Family.FLOATING;
            case Types.NUMERIC, Types.DECIMAL -> Family.DECIMAL;
            default -> Family.OTHER;
        };
    }

    /** 1 for TINYINT up to 4 for BIGINT, in the order of {@link ColumnKind#INT8} to {@link ColumnKind#INT64}. */
    private static int integerRank(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT -> 1;
            case Types.SMALLINT -> 2;
            case Types.INTEGER -> 3;
            default -> 4;
        };
    }
}
