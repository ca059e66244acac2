package io.flumeconnect.launcher.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How often each numbered value ({@code <prefix>-0000001} ...) was seen: what was lost, what came twice. */
final class Tally {
    private final String prefix;
    private final Map<String, Integer> counts = new HashMap<>();

    Tally(String prefix) {
        this.prefix = prefix;
    }

    /** The value numbered {@code n}, as writers and producers make it. */
    static String value(String prefix, long n) {
        return "%s-%07d".formatted(prefix, n);
    }

    void add(String value) {
        counts.merge(value, 1, Integer::sum);
    }

    int count(String value) {
        return counts.getOrDefault(value, 0);
    }

    int distinct() {
        return counts.size();
    }

    /** Every copy beyond the first, summed over all values. */
    long duplicates() {
        return counts.values().stream().mapToLong(count -> count - 1).sum();
    }

    /** The runs of consecutive numbers 1..{@code total} seen more than once, as {@code first..last} (at most 20). */
    List<String> duplicateRuns(long total) {
        List<String> runs = new ArrayList<>();
        long first = 0;
        for (long n = 1; n <= total + 1 && runs.size() < 20; n++) {
            boolean copied = n <= total && counts.getOrDefault(value(prefix, n), 0) > 1;
            if (copied && first == 0) {
                first = n;
            } else if (!copied && first != 0) {
                runs.add(first + ".." + (n - 1));
                first = 0;
            }
        }
        return runs;
    }

    /** Numbered values 1..{@code total} never seen (at most 20, for messages). */
    List<String> missing(long total) {
        List<String> missing = new ArrayList<>();
        for (long n = 1; n <= total && missing.size() < 20; n++) {
            if (!counts.containsKey(value(prefix, n))) {
                missing.add(value(prefix, n));
            }
        }
        return missing;
    }

    /** Values that are not numbered 1..{@code total} (at most 20). */
    List<String> unexpected(long total) {
        return counts.keySet().stream().filter(v -> !v.startsWith(prefix + "-")
                || Long.parseLong(v.substring(prefix.length() + 1)) > total).limit(20).toList();
    }

    boolean hasAll(long total) {
        return missing(total).isEmpty();
    }
}
