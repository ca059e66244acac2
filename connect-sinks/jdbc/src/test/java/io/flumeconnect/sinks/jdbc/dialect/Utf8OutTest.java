package io.flumeconnect.sinks.jdbc.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class Utf8OutTest {
    @Test
    void sendsWhatStringGetBytesWouldAndEmptiesTheBuffer() throws SQLException {
        String text = "plain, é, 日本, \uD83D\uDE00, lone \uD83D here\n";
        assertThat(sent(new StringBuilder(text))).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendsABufferLargerThanItsArrayInPieces() throws SQLException {
        String text = "日本語,\"x\"\n".repeat(200_000);
        assertThat(sent(new StringBuilder(text))).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sent(StringBuilder buffer) throws SQLException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        new Utf8Out(1024).write(buffer, (bytes, length) -> received.write(bytes, 0, length));
        assertThat(buffer).isEmpty();
        return received.toByteArray();
    }
}
