package io.flumeconnect.aggregator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What one input record contributes to its window, as it crosses the repartition topic: its numeric values in
 * the order of aggregate.fields and its values of distinct.fields (null where the record had none). Its event
 * time is the record's timestamp.
 */
record Event(Double[] values, String[] distinct) {
    byte[] toBytes() {
        byte[][] texts = new byte[distinct.length][];
        int size = 2 * Integer.BYTES + values.length * (1 + Double.BYTES) + distinct.length * Integer.BYTES;
        for (int i = 0; i < distinct.length; i++) {
            texts[i] = distinct[i] == null ? null : distinct[i].getBytes(StandardCharsets.UTF_8);
            size += texts[i] == null ? 0 : texts[i].length;
        }
        ByteBuffer bytes = ByteBuffer.allocate(size).putInt(values.length);
        for (Double value : values) {
            bytes.put((byte) (value == null ? 0 : 1)).putDouble(value == null ? 0 : value);
        }
        bytes.putInt(texts.length);
        for (byte[] text : texts) {
            bytes.putInt(text == null ? -1 : text.length);
            if (text != null) {
                bytes.put(text);
            }
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
        String[] distinct = new String[bytes.getInt()];
        for (int i = 0; i < distinct.length; i++) {
            int length = bytes.getInt();
            if (length >= 0) {
                byte[] text = new byte[length];
                bytes.get(text);
                distinct[i] = new String(text, StandardCharsets.UTF_8);
            }
        }
        return new Event(values, distinct);
    }
}
