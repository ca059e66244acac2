package io.flumeconnect.aggregator;

import java.nio.ByteBuffer;

/**
 * What one input record contributes to its window, as it crosses the repartition topic: its numeric values in
 * the order of aggregate.fields (null where the record had none). Its event time is the record's timestamp.
 */
record Event(Double[] values) {
    byte[] toBytes() {
        ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES + values.length * (1 + Double.BYTES));
        bytes.putInt(values.length);
        for (Double value : values) {
            bytes.put((byte) (value == null ? 0 : 1)).putDouble(value == null ? 0 : value);
        }
        return bytes.array();
    }

    static Event fromBytes(byte[] data) {
        ByteBuffer bytes = ByteBuffer.wrap(data);
        Double[] values = new Double[bytes.getInt()];
        for (int i = 0; i < values.length; i++) {
            boolean present = bytes.get() == 1;
            double value = bytes.getDouble();
            values[i] = present ? value : null;
        }
        return new Event(values);
    }
}
