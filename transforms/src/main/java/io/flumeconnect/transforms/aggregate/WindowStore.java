package io.flumeconnect.transforms.aggregate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The open tumbling windows of one transform instance, in memory, and the closed ones waiting to be emitted.
 *
 * <p>Event time only moves the watermark (the latest event time seen minus the grace) forward; a window
 * closes when the watermark reaches its end. At most {@code maxOpen} (group, window) pairs are open: one more
 * closes the window that ends first early, as a partial aggregate. Closed windows wait in arrival order of
 * their closing; each call to {@link #nextClosed} hands out one.
 */
final class WindowStore {
    private final long size;
    private final long grace;
    private final int maxOpen;
    private final int fields;
    private final NavigableMap<Long, Map<List<String>, Accumulator>> open = new TreeMap<>();
    private final Deque<ClosedWindow> closed = new ArrayDeque<>();
    private int openCount;
    private long watermark = Long.MIN_VALUE;

    WindowStore(long size, long grace, int maxOpen, int fields) {
        this.size = size;
        this.grace = grace;
        this.maxOpen = maxOpen;
        this.fields = fields;
    }

    /** True when a record at {@code eventTime} belongs to a window that has already closed. */
    boolean isLate(long eventTime) {
        return startOf(eventTime) + size <= watermark;
    }

    /**
     * Adds a record that is not late to its window, then closes every window the new watermark has passed.
     * Returns {@code true} when an open window had to be closed early to stay within the limit.
     */
    boolean add(long eventTime, List<String> group, Double[] values) {
        long start = startOf(eventTime);
        Map<List<String>, Accumulator> groups = open.get(start);
        Accumulator totals = groups == null ? null : groups.get(group);
        boolean evicted = false;
        if (totals == null) {
            if (openCount >= maxOpen) {
                evictFirstEnding();
                evicted = true;
            }
            totals = new Accumulator(fields);
            open.computeIfAbsent(start, key -> new LinkedHashMap<>()).put(group, totals);
            openCount++;
        }
        totals.add(values);
        if (eventTime > Long.MIN_VALUE + grace) {
            watermark = Math.max(watermark, eventTime - grace);
        }
        closePassed();
        return evicted;
    }

    /** The next closed window to emit, or {@code null} when none waits. */
    ClosedWindow nextClosed() {
        return closed.pollFirst();
    }

    int openWindows() {
        return openCount;
    }

    int closedWindows() {
        return closed.size();
    }

    private long startOf(long eventTime) {
        return Math.floorDiv(eventTime, size) * size;
    }

    private void closePassed() {
        while (!open.isEmpty() && open.firstKey() + size <= watermark) {
            Map.Entry<Long, Map<List<String>, Accumulator>> first = open.pollFirstEntry();
            first.getValue().forEach((group, totals) -> close(group, first.getKey(), totals, false));
            openCount -= first.getValue().size();
        }
    }

    /** Closes the group that was opened first in the earliest open window; open windows are never empty. */
    private void evictFirstEnding() {
        Map.Entry<Long, Map<List<String>, Accumulator>> first = open.firstEntry();
        Iterator<Map.Entry<List<String>, Accumulator>> groups = first.getValue().entrySet().iterator();
        Map.Entry<List<String>, Accumulator> oldest = groups.next();
        groups.remove();
        openCount--;
        close(oldest.getKey(), first.getKey(), oldest.getValue(), true);
        if (first.getValue().isEmpty()) {
            open.remove(first.getKey());
        }
    }

    private void close(List<String> group, long start, Accumulator totals, boolean partial) {
        closed.addLast(new ClosedWindow(group, start, start + size, totals, partial));
    }
}
