package io.flumeconnect.sources.tail;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A source partition, {@code {"<key>": "<value>"}}, as cheap as possible for the worker, which looks every record's
 * partition up in hash maps ({@code SubmittedRecords}, and with exactly-once the offset writer): its hash is computed
 * once, and it compares with another of its kind by its two strings, without the entry set and iterator a general
 * map's {@code equals} builds. Otherwise an ordinary immutable map of one entry, equal to any other map with that
 * entry (stored and user-written partitions are plain maps).
 */
final class SourcePartition extends AbstractMap<String, Object> {
    private final String key;
    private final String value;
    private final int hash;

    SourcePartition(String key, String value) {
        this.key = key;
        this.value = value;
        this.hash = key.hashCode() ^ value.hashCode();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Set.of(Map.entry(key, value));
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public boolean containsKey(Object candidate) {
        return key.equals(candidate);
    }

    @Override
    public Object get(Object candidate) {
        return key.equals(candidate) ? value : null;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        if (other instanceof SourcePartition partition) {
            return hash == partition.hash && value.equals(partition.value) && key.equals(partition.key);
        }
        return super.equals(other);
    }
}
