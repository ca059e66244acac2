package io.flumeconnect.common.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A monotonically increasing count, cheap to bump from a hot path and from several threads. */
public final class Counter {
    private final String name;
    private final LongAdder value = new LongAdder();

    Counter(String name) {
        this.name = name;
    }

    public void increment() {
        value.increment();
    }

    public void add(long amount) {
        value.add(amount);
    }

    public long get() {
        return value.sum();
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + "=" + get();
    }
}
