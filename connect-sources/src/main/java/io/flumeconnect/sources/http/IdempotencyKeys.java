package io.flumeconnect.sources.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The idempotency keys of a task's recent requests: a key whose request was written is remembered for a while,
 * so a retry of it is answered without writing its events again. Bounded in time and in number.
 */
public final class IdempotencyKeys {
    /** What a request with a key should do. */
    public sealed interface Claim {
    }

    /** The key is new (or forgotten): write the request, then call {@link #written} or {@link #failed}. */
    public record Claimed() implements Claim {
    }

    /** A request with this key is being written right now. */
    public record InFlight() implements Claim {
    }

    /** A request with this key was written: {@code events} events. */
    public record Written(int events) implements Claim {
    }

    private record Entry(Claim state, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    public IdempotencyKeys(long ttlMs, int maxKeys, LongSupplier nanoTime) {
        this.ttlNanos = ttlMs * 1_000_000L;
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    public synchronized Claim claim(String key) {
        long now = nanoTime.getAsLong();
        forgetExpired(now);
        Entry entry = entries.get(key);
        if (entry != null && (entry.state() instanceof InFlight || now - entry.expiresAtNanos() < 0)) {
            return entry.state();
        }
        put(key, new Entry(new InFlight(), Long.MAX_VALUE));
        return new Claimed();
    }

    /** Every event of the key's request is in Kafka: remember it for the key's lifetime. */
    public synchronized void written(String key, int events) {
        entries.remove(key);
        put(key, new Entry(new Written(events), nanoTime.getAsLong() + ttlNanos));
    }

    /** The key's request was not (wholly) written: a retry must write it. */
    public synchronized void failed(String key) {
        entries.remove(key);
    }

    private void put(String key, Entry entry) {
        entries.put(key, entry);
        if (entries.size() > maxKeys) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** Written keys are in the order they were written, so the expired ones are at the front. */
    private void forgetExpired(long now) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Entry entry = it.next().getValue();
            if (entry.state() instanceof InFlight) {
                continue;
            }
            if (now - entry.expiresAtNanos() < 0) {
                return;
            }
            it.remove();
        }
    }
}
