package io.flumeconnect.sources.tail;

import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * A checksum of a file's first {@code length} bytes. Stored with the file's offset: when the file's first
 * bytes no longer give the same checksum the file was replaced or truncated, and the stored position no
 * longer means anything.
 */
public record Fingerprint(int length, String checksum) {
    public static final Fingerprint EMPTY = of(new byte[0], 0);

    public static Fingerprint of(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return new Fingerprint(length, HexFormat.of().toHexDigits((int) crc.getValue()));
    }

    /** True when {@code head} (a file's first bytes, at least {@code length} of them) starts as this one did. */
    public boolean matches(byte[] head, int headLength) {
        return headLength >= length && of(head, length).equals(this);
    }
}
