package io.flumeconnect.sinks.jdbc.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;

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
        CopyIn copy = (CopyIn) Proxy.newProxyInstance(CopyIn.class.getClassLoader(), new Class<?>[] {CopyIn.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("writeToCopy") && args.length == 3) {
                        received.write((byte[]) args[0], (int) args[1], (int) args[2]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        new PostgresCopy.Utf8Out(copy).write(buffer);
        assertThat(buffer).isEmpty();
        return received.toByteArray();
    }
}
