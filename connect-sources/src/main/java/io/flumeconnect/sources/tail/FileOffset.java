package io.flumeconnect.sources.tail;

import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * A file's Connect offset. Source partition: {@code {"head": "<n>:<sha256 hex of the first n bytes>"}} (its
 * {@link ContentKey}) for a file at least {@code fingerprint.bytes} long, else {@code {"file.id": "<device>:<inode>"}}.
 * Source offset: {@code {"position": <byte after the last record>, "fingerprint": "<crc32c hex>",
 * "fingerprint.length": <n>, "path": "<path when read, for humans>"}}.
 *
 * @param fingerprint the first bytes' fingerprint stored with it, or null (a user-written position: not checked)
 * @param path        the path stored with it, or null (an offset written by a user)
 */
public record FileOffset(long position, Fingerprint fingerprint, String path) {
    public static final String FILE_ID = "file.id";
    public static final String HEAD = "head";
    public static final String POSITION = "position";
    public static final String FINGERPRINT = "fingerprint";
    public static final String FINGERPRINT_LENGTH = "fingerprint.length";
    public static final String PATH = "path";

    static Map<String, Object> partition(FileIdentity identity) {
        return new SourcePartition(FILE_ID, identity.id());
    }

    static Map<String, Object> offset(long position, String fingerprint, Integer fingerprintLength, String path) {
        return Map.of(POSITION, position, FINGERPRINT, fingerprint, FINGERPRINT_LENGTH, fingerprintLength, PATH, path);
    }

    /**
     * True when this offset is the position of a file that starts with {@code head}: its fingerprint matches, and
     * covers the file's first bytes up to the position (or all {@code fingerprint.bytes} of them). A fingerprint
     * shorter than that was taken before those bytes were known (earlier builds stored an empty one for the lines
     * read just after a truncation): any file on the same inode would match it, so it vouches for nothing.
     * A user-written position without a fingerprint is taken as it is.
     */
    boolean identifies(Head head) {
        if (fingerprint == null) {
            return true;
        }
        return fingerprint.length() >= Math.min(position, head.wanted()) && head.matches(fingerprint);
    }

    /** Checks a partition written by a user ({@code PATCH /connectors/x/offsets}). */
    static void validatePartition(Map<String, ?> partition) {
        boolean byIdentity = partition != null && partition.size() == 1
                && partition.get(FILE_ID) instanceof String id && !id.isEmpty();
        boolean byContent = partition != null && partition.size() == 1
                && partition.get(HEAD) instanceof String head && head.matches("[1-9][0-9]*:[0-9a-f]{64}");
        if (!byIdentity && !byContent) {
            throw new ConnectException("a tail source partition is {\"" + FILE_ID + "\": \"<device>:<inode>\"} or {\""
                    + HEAD + "\": \"<bytes>:<64 hex digits>\"}, not " + partition);
        }
    }

    /**
     * Parses a stored or user-written offset. A missing fingerprint means "do not check the file's first bytes",
     * so a user can set just a position.
     */
    static FileOffset parse(Map<String, ?> offset) {
        Object position = offset.get(POSITION);
        if (!(position instanceof Number number) || number.longValue() < 0) {
            throw new ConnectException("'" + POSITION + "' must be a byte position >= 0 in tail source offset " + offset);
        }
        String path = offset.get(PATH) instanceof String text ? text : null;
        Object checksum = offset.get(FINGERPRINT);
        Object length = offset.get(FINGERPRINT_LENGTH);
        if (checksum == null && length == null) {
            return new FileOffset(number.longValue(), null, path);
        }
        if (!(checksum instanceof String text) || !text.matches("[0-9a-f]{8}")
                || !(length instanceof Number n) || n.intValue() < 0) {
            throw new ConnectException("'" + FINGERPRINT + "' must be 8 lower-case hex digits and '" + FINGERPRINT_LENGTH
                    + "' a byte count >= 0 (or both absent) in tail source offset " + offset);
        }
        return new FileOffset(number.longValue(), new Fingerprint(n.intValue(), text), path);
    }
}
