package io.flumeconnect.sources.tail;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.sources.tail.TailSourceConfig.CompletedAction;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flume's spooling directory: a file read to its end is renamed with {@code completed.suffix} or deleted, but only
 * once Kafka acknowledged every record of it ({@code commitRecord}, which with exactly-once comes after the
 * transaction committed). Records are counted per file when polled and when acknowledged; the action itself
 * happens on the polling thread, at a scan that finds the file read to its end, idle, with none outstanding. Only
 * made for {@code completed.action} rename or delete.
 */
final class CompletedFiles {
    private static final Logger log = LoggerFactory.getLogger(CompletedFiles.class);

    private final Spooling spooling;
    private final Counter completed;
    private final Counter failed;
    private final Map<FileIdentity, AtomicLong> outstanding = new ConcurrentHashMap<>();
    private final Set<Path> refused = new HashSet<>();

    CompletedFiles(Spooling spooling, Counter completed, Counter failed) {
        this.spooling = spooling;
        this.completed = completed;
        this.failed = failed;
    }

    /** A record of {@code file} was polled (the polling thread, before poll returns it). */
    void polled(FileIdentity file) {
        outstanding.computeIfAbsent(file, f -> new AtomicLong()).incrementAndGet();
    }

    /** Kafka acknowledged a record of {@code file} (any thread). */
    void acknowledged(FileIdentity file) {
        AtomicLong count = outstanding.get(file);
        if (count != null) {
            count.decrementAndGet();
        }
    }

    /**
     * {@code file} was read to its end and has not grown for {@code file.close.idle.ms}: renamed or deleted now when
     * Kafka has every record of it, else at a later scan. A file that grew since the scan is left to be read on.
     */
    void readToEnd(TailedFile file) {
        AtomicLong count = outstanding.get(file.identity());
        if (file.endedEarly() || (count != null && count.get() > 0)) {
            return;
        }
        Path path = file.path();
        try {
            if (!file.identity().equals(FileIdentity.of(path))
                    || (!file.compressed() && Files.size(path) != file.emittedPosition())) {
                return; // renamed or grown since the scan: the next scan sees it as it is
            }
            if (act(path)) {
                outstanding.remove(file.identity());
                refused.remove(path);
                completed.increment();
            }
        } catch (NoSuchFileException e) {
            outstanding.remove(file.identity());
        } catch (IOException e) {
            refuse(path, FileTracker.describe(e));
        }
    }

    /** Renames or deletes {@code path}; false when its new name is taken. */
    private boolean act(Path path) throws IOException {
        if (spooling.action() == CompletedAction.DELETE) {
            Files.delete(path);
            log.info("Deleted {}: Kafka has every record of it", path);
            return true;
        }
        Path target = path.resolveSibling(path.getFileName() + spooling.suffix());
        try {
            Files.move(path, target);
        } catch (FileAlreadyExistsException e) {
            refuse(path, target + " exists already");
            return false;
        }
        log.info("Renamed {} to {}: Kafka has every record of it", path, target.getFileName());
        return true;
    }

    /** Logs and counts once per file that it cannot be renamed or deleted; it stays and is tried at every scan. */
    private void refuse(Path path, String why) {
        if (refused.add(path)) {
            failed.increment();
            log.warn("Cannot {} {}, which Kafka has all of: {}. It is tried again at every scan",
                    spooling.action().name().toLowerCase(Locale.ROOT), path, why);
        }
    }
}
