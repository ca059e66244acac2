package io.flumeconnect.aggregator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A group's values (group-by fields, then headers; each may be null) as the bytes of a repartition key and of
 * state store keys: a count, then each value as its length (-1 for null) and UTF-8 bytes. Equal groups give
 * equal bytes, so Kafka partitions each group to one task.
 */
final class GroupKey {
    private GroupKey() {
    }

    static byte[] toBytes(List<String> group) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(group.size());
            for (String value : group) {
                byte[] utf8 = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8 == null ? -1 : utf8.length);
                if (utf8 != null) {
                    out.write(utf8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<String> fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int size = in.readInt();
            List<String> group = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int length = in.readInt();
                group.add(length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
            return Collections.unmodifiableList(group);
        } catch (IOException e) {
            throw new UncheckedIOException("a group key of " + data.length + " bytes that this application did not write", e);
        }
    }
}
