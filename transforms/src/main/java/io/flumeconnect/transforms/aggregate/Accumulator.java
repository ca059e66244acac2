package io.flumeconnect.transforms.aggregate;

import java.nio.ByteBuffer;

/**
 * The running count and, per aggregated field, sum, min, max and how many values were seen. Shared with the
 * aggregator (Kafka Streams), which keeps it in a state store as {@link #toBytes()}.
 */
public final class Accumulator {
    private long count;
    private final double[] sum;
    private final double[] min;
    private final double[] max;
    private final long[] seen;

    public Accumulator(int fields) {
        sum = new double[fields];
        min = new double[fields];
        max = new double[fields];
        seen = new long[fields];
    }

    /** Adds one record; {@code values[i]} is {@code null} where the record had no value for field i. */
    public void add(Double[] values) {
        count++;
        for (int i = 0; i < values.length; i++) {
            Double value = values[i];
            if (value == null) {
                continue;
            }
            if (seen[i] == 0) {
                min[i] = value;
                max[i] = value;
            } else {
                min[i] = Math.min(min[i], value);
                max[i] = Math.max(max[i], value);
            }
            sum[i] += value;
            seen[i]++;
        }
    }

    public long count() {
        return count;
    }

    /** The field's sum, {@code null} when no record of the window had a value for it; likewise below. */
    public Double sum(int field) {
        return seen[field] == 0 ? null : sum[field];
    }

    public Double min(int field) {
        return seen[field] == 0 ? null : min[field];
    }

    public Double max(int field) {
        return seen[field] == 0 ? null : max[field];
    }

    public Double avg(int field) {
        return seen[field] == 0 ? null : sum[field] / seen[field];
    }

    /** The state as bytes: count, then per field seen, sum, min, max. */
    public byte[] toBytes() {
        ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES + Integer.BYTES + sum.length * 4 * Long.BYTES);
        bytes.putLong(count).putInt(sum.length);
        for (int i = 0; i < sum.length; i++) {
            bytes.putLong(seen[i]).putDouble(sum[i]).putDouble(min[i]).putDouble(max[i]);
        }
        return bytes.array();
    }

    /** The state {@link #toBytes()} wrote. */
    public static Accumulator fromBytes(byte[] data) {
        ByteBuffer bytes = ByteBuffer.wrap(data);
        long count = bytes.getLong();
        Accumulator restored = new Accumulator(bytes.getInt());
        restored.count = count;
        for (int i = 0; i < restored.sum.length; i++) {
            restored.seen[i] = bytes.getLong();
            restored.sum[i] = bytes.getDouble();
            restored.min[i] = bytes.getDouble();
            restored.max[i] = bytes.getDouble();
        }
        return restored;
    }

    /** Adds what {@code other} holds, as if its records had been added here (merging two sessions). */
    public void merge(Accumulator other) {
        count += other.count;
        for (int i = 0; i < sum.length; i++) {
            if (other.seen[i] == 0) {
                continue;
            }
            min[i] = seen[i] == 0 ? other.min[i] : Math.min(min[i], other.min[i]);
            max[i] = seen[i] == 0 ? other.max[i] : Math.max(max[i], other.max[i]);
            sum[i] += other.sum[i];
            seen[i] += other.seen[i];
        }
    }
}
