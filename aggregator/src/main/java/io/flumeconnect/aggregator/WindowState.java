package io.flumeconnect.aggregator;

import io.flumeconnect.transforms.aggregate.Accumulator;
import java.nio.ByteBuffer;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;

/**
 * What a window holds: WindowAggregate's running count and statistics, and one HyperLogLog sketch per distinct
 * field (Apache DataSketches). Stored as bytes: the accumulator's, then each sketch's compact form.
 */
final class WindowState {
    private final Accumulator totals;
    private final HllSketch[] distinct;

    private WindowState(Accumulator totals, HllSketch[] distinct) {
        this.totals = totals;
        this.distinct = distinct;
    }

    static WindowState empty(int fields, int distinctFields, int lgK) {
        HllSketch[] sketches = new HllSketch[distinctFields];
        for (int i = 0; i < distinctFields; i++) {
            sketches[i] = new HllSketch(lgK);
        }
        return new WindowState(new Accumulator(fields), sketches);
    }

    void add(Event event) {
        totals.add(event.values());
        for (int i = 0; i < distinct.length; i++) {
            if (event.distinct()[i] != null) {
                distinct[i].update(event.distinct()[i]);
            }
        }
    }

    /** Adds what {@code other} holds (two sessions merging). */
    void merge(WindowState other) {
        totals.merge(other.totals);
        for (int i = 0; i < distinct.length; i++) {
            Union union = new Union(distinct[i].getLgConfigK());
            union.update(distinct[i]);
            union.update(other.distinct[i]);
            distinct[i] = union.getResult();
        }
    }

    Accumulator totals() {
        return totals;
    }

    /** The estimated number of distinct values of distinct field {@code i}. */
    long distinct(int i) {
        return Math.round(distinct[i].getEstimate());
    }

    byte[] toBytes() {
        byte[] accumulator = totals.toBytes();
        byte[][] sketches = new byte[distinct.length][];
        int size = Integer.BYTES * (2 + distinct.length) + accumulator.length;
        for (int i = 0; i < distinct.length; i++) {
            sketches[i] = distinct[i].toCompactByteArray();
            size += sketches[i].length;
        }
        ByteBuffer bytes = ByteBuffer.allocate(size).putInt(accumulator.length).put(accumulator).putInt(distinct.length);
        for (byte[] sketch : sketches) {
            bytes.putInt(sketch.length).put(sketch);
        }
        return bytes.array();
    }

    static WindowState fromBytes(byte[] data) {
        ByteBuffer bytes = ByteBuffer.wrap(data);
        Accumulator totals = Accumulator.fromBytes(next(bytes));
        HllSketch[] sketches = new HllSketch[bytes.getInt()];
        for (int i = 0; i < sketches.length; i++) {
            sketches[i] = HllSketch.heapify(next(bytes));
        }
        return new WindowState(totals, sketches);
    }

    private static byte[] next(ByteBuffer bytes) {
        byte[] next = new byte[bytes.getInt()];
        bytes.get(next);
        return next;
    }
}
