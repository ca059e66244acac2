package io.flumeconnect.aggregator;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;

/**
 * State store keys that sort as their times do (stores order keys by unsigned bytes): a time is written
 * big-endian with its sign bit flipped. Windows: start, then group; sessions: the group (with its length), then
 * start, so that one group's sessions share a prefix.
 */
final class StoreKeys {
    private StoreKeys() {
    }

    /** A tumbling or hopping window's key. */
    static Bytes window(long start, byte[] group) {
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES + group.length).putLong(start ^ Long.MIN_VALUE).put(group).array());
    }

    /** The smallest key of every window starting after {@code start}: the exclusive end of a range scan. */
    static Bytes windowsAfter(long start) {
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong((start + 1) ^ Long.MIN_VALUE).array());
    }

    static long windowStart(Bytes key) {
        return ByteBuffer.wrap(key.get()).getLong() ^ Long.MIN_VALUE;
    }

    static byte[] windowGroup(Bytes key) {
        return Arrays.copyOfRange(key.get(), Long.BYTES, key.get().length);
    }

    /** The prefix of one group's session keys. */
    static Bytes sessionsOf(byte[] group) {
        return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES + group.length).putInt(group.length).put(group).array());
    }

    static Bytes session(byte[] group, long start) {
        return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES + group.length + Long.BYTES).putInt(group.length).put(group)
                .putLong(start ^ Long.MIN_VALUE).array());
    }

    static byte[] sessionGroup(Bytes key) {
        ByteBuffer bytes = ByteBuffer.wrap(key.get());
        byte[] group = new byte[bytes.getInt()];
        bytes.get(group);
        return group;
    }

    static long sessionStart(Bytes key) {
        byte[] bytes = key.get();
        return ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() ^ Long.MIN_VALUE;
    }
}
