package io.flumeconnect.sinks.jdbc.row;

/** A column a row writes: its name and what it holds ({@code scale} is used by {@link ColumnKind#DECIMAL} only). */
public record Column(String name, ColumnKind kind, int scale) {
    public static Column of(String name, ColumnKind kind) {
        return new Column(name, kind, 0);
    }

    /** The same column under another name. */
    public Column named(String newName) {
        return new Column(newName, kind, scale);
    }
}
