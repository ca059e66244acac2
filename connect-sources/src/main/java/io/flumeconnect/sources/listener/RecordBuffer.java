package io.flumeconnect.sources.listener;

import io.flumeconnect.common.metrics.Counter;
import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The bounded buffer between the event loops and {@code poll()}. A connection that fills it stops being read
 * ({@code autoRead=false}, so the kernel's receive buffer and then the sender's TCP window fill) until
 * {@code poll()} has drained it to half; a datagram that finds it full is refused.
 */
final class RecordBuffer {
    private final int capacity;
    private final Counter readsPaused;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<SourceRecord> records = new ArrayDeque<>();
    private final Set<Channel> paused = new HashSet<>();

    RecordBuffer(int capacity, Counter readsPaused) {
        this.capacity = capacity;
        this.readsPaused = readsPaused;
    }

    /** Always takes the record (what a connection already sent is never lost); pauses {@code source} when full. */
    void put(SourceRecord record, Channel source) {
        lock.lock();
        try {
            records.add(record);
            tookIn(source);
        } finally {
            lock.unlock();
        }
    }

    /** {@link #put} for all of {@code batch}, in one go: one lock and one wake-up of {@code poll()}. */
    void putAll(List<SourceRecord> batch, Channel source) {
        lock.lock();
        try {
            records.addAll(batch);
            tookIn(source);
        } finally {
            lock.unlock();
        }
    }

    private void tookIn(Channel source) {
        notEmpty.signal();
        if (records.size() >= capacity && source.config().isAutoRead()) {
            source.config().setAutoRead(false);
            paused.add(source);
            readsPaused.increment();
        }
    }

    /** Takes the record unless the buffer is full. */
    boolean offer(SourceRecord record) {
        lock.lock();
        try {
            if (records.size() >= capacity) {
                return false;
            }
            records.add(record);
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    boolean full() {
        lock.lock();
        try {
            return records.size() >= capacity;
        } finally {
            lock.unlock();
        }
    }

    /** Up to {@code max} records, waiting up to {@code waitMillis} for the first; empty when none came. */
    List<SourceRecord> poll(int max, long waitMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (records.isEmpty() && nanos > 0) {
                nanos = notEmpty.awaitNanos(nanos);
            }
            List<SourceRecord> batch = new ArrayList<>(Math.min(max, records.size()));
            while (batch.size() < max && !records.isEmpty()) {
                batch.add(records.poll());
            }
            if (records.size() <= capacity / 2) {
                resumeAll();
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** Everything still buffered, at stop: it will not be polled. */
    List<SourceRecord> drainAll() {
        lock.lock();
        try {
            List<SourceRecord> rest = new ArrayList<>(records);
            records.clear();
            paused.clear();
            return rest;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return records.size();
        } finally {
            lock.unlock();
        }
    }

    private void resumeAll() {
        for (Channel channel : paused) {
            channel.config().setAutoRead(true);
        }
        paused.clear();
    }
}
