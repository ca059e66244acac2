package io.flumeconnect.transforms.aggregate;

/** The running count and, per aggregated field, sum, min, max and how many values were seen. */
final class Accumulator {
    private long count;
    private final double[] sum;
    private final double[] min;
    private final double[] max;
    private final long[] seen;

    Accumulator(int fields) {
        sum = new double[fields];
        min = new double[fields];
        max = new double[fields];
        seen = new long[fields];
    }

    /** Adds one record; {@code values[i]} is {@code null} where the record had no value for field i. */
    void add(Double[] values) {
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

    long count() {
        return count;
    }

    /** The field's sum, {@code null} when no record of the window had a value for it; likewise below. */
    Double sum(int field) {
        return seen[field] == 0 ? null : sum[field];
    }

    Double min(int field) {
        return seen[field] == 0 ? null : min[field];
    }

    Double max(int field) {
        return seen[field] == 0 ? null : max[field];
    }

    Double avg(int field) {
        return seen[field] == 0 ? null : sum[field] / seen[field];
    }
}
