package io.flumeconnect.sinks.jdbc.dialect.postgres;

import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.row.Row;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts a batch with {@code COPY ... FROM STDIN (FORMAT csv)}: one round trip for the whole batch. Rows are
 * streamed as CSV; the caller's transaction makes the batch all-or-nothing, and a batch COPY rejects is retried
 * row by row with INSERT by the writer, to find the bad rows.
 */
final class PostgresCopy implements BulkCopy {
    private static final int FLUSH_BYTES = 64 * 1024;

    private final PostgresDialect dialect;

    PostgresCopy(PostgresDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void copy(Connection connection, Row.Shape shape, List<Row> rows) throws SQLException {
        String sql = "COPY " + dialect.quote(shape.table()) + " (" + dialect.columnList(shape.allColumns())
                + ") FROM STDIN (FORMAT csv)";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder buffer = new StringBuilder(FLUSH_BYTES * 2);
            Utf8Out out = new Utf8Out(copy);
            for (Row row : rows) {
                CsvRow.append(buffer, shape.keyColumns(), row.keyValues());
                buffer.append(shape.keyColumns().isEmpty() || shape.valueColumns().isEmpty() ? "" : ",");
                CsvRow.append(buffer, shape.valueColumns(), row.values());
                buffer.append('\n');
                if (buffer.length() >= FLUSH_BYTES) {
                    out.write(buffer);
                }
            }
            out.write(buffer);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * Encodes the buffered CSV into one reused byte array and sends it: no String and no fresh array per flush,
     * which were the COPY path's largest allocations in the profile. Unpaired surrogates become {@code ?}, as
     * {@code String.getBytes} makes them.
     */
    static final class Utf8Out {
        private final CopyIn copy;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer bytes = ByteBuffer.allocate(FLUSH_BYTES * 4);

        Utf8Out(CopyIn copy) {
            this.copy = copy;
        }

        void write(StringBuilder buffer) throws SQLException {
            CharBuffer chars = CharBuffer.wrap(buffer);
            encoder.reset();
            CoderResult result;
            do {
                result = encoder.encode(chars, bytes, true);
                if (result.isUnderflow()) {
                    result = encoder.flush(bytes);
                }
                copy.writeToCopy(bytes.array(), 0, bytes.position());
                bytes.clear();
            } while (result.isOverflow());
            buffer.setLength(0);
        }
    }
}
