package io.flumeconnect.sources.tail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import io.flumeconnect.common.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files that cannot be read now (no permission, a corrupt or incomplete {@code .gz}, an I/O error, too many open
 * files). Each is skipped and tried again at later scans while the others keep flowing; a problem is logged at
 * WARN and counted once, when it starts, and its end at INFO.
 */
final class FileProblems {
    private static final Logger log = LoggerFactory.getLogger(FileProblems.class);

    private final Counter failures;
    private final long incompleteAfterMs;
    private final Map<Path, String> reported = new HashMap<>();
    private final Map<Path, Incomplete> incomplete = new HashMap<>();
    private final Set<Path> touched = new HashSet<>();

    private record Incomplete(long size, long since) {
    }

    /** {@code incompleteAfterMs}: how long a {@code .gz} may stay too short to read before it is reported. */
    FileProblems(Counter failures, long incompleteAfterMs) {
        this.failures = failures;
        this.incompleteAfterMs = incompleteAfterMs;
    }

    /** {@code path} failed with {@code problem}: logged and counted unless it is the problem already reported. */
    void report(Path path, String problem) {
        touched.add(path);
        if (!problem.equals(reported.put(path, problem))) {
            failures.increment();
            log.warn("Skipping {} for now: {}. The other files go on; it is tried again at every scan", path, problem);
        }
    }

    /**
     * A {@code .gz} too incomplete to read: normal while gzip writes it, reported once it has not changed size
     * for the idle time (e.g. a file holding only a gzip header).
     */
    void incomplete(Path path, long size, long now) {
        touched.add(path);
        Incomplete seen = incomplete.get(path);
        if (seen == null || seen.size() != size) {
            incomplete.put(path, new Incomplete(size, now));
        } else if (now - seen.since() >= incompleteAfterMs) {
            report(path, "it is an incomplete gzip file (" + size + " bytes, unchanged for " + incompleteAfterMs + " ms)");
        }
    }

    /** {@code path} was read: a problem it had is over. */
    void cleared(Path path) {
        incomplete.remove(path);
        String problem = reported.remove(path);
        if (problem != null) {
            recovered(path, problem);
        }
    }

    /**
     * After a scan: forgets the problems of paths neither found nor failing in it. Those deleted are forgotten
     * quietly; the end of a problem of a path still there (a directory listed again) is logged at INFO.
     */
    void retain(Set<Path> present) {
        touched.addAll(present);
        reported.entrySet().removeIf(problem -> {
            if (touched.contains(problem.getKey())) {
                return false;
            }
            if (Files.exists(problem.getKey())) {
                recovered(problem.getKey(), problem.getValue());
            }
            return true;
        });
        incomplete.keySet().retainAll(touched);
        touched.clear();
    }

    private static void recovered(Path path, String problem) {
        log.info("{} can be read again (it was skipped: {})", path, problem);
    }
}
