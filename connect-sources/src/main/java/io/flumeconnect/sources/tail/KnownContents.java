package io.flumeconnect.sources.tail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files this task released or saw truncated, by fingerprint, so that a gzip-compressed rotated copy or a
 * copytruncate copy continues where the original stopped instead of being read again. Bounded: the oldest
 * entries are forgotten first.
 */
final class KnownContents {
    static final int MAX_ENTRIES = 10_000;

    private final Map<Fingerprint, Long> positions = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Fingerprint, Long> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    void remember(KnownContent content) {
        if (content.fingerprint().length() > 0) {
            positions.put(content.fingerprint(), content.position());
        }
    }

    /** The position reached in the content with this fingerprint, or -1. */
    long positionOf(Fingerprint fingerprint) {
        return positions.getOrDefault(fingerprint, -1L);
    }
}
