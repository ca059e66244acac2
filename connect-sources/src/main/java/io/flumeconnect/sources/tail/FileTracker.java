package io.flumeconnect.sources.tail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files one task follows. A scan evaluates the globs, keeps only the files this task owns, and matches what
 * it finds to the followed files by identity: a renamed file is the same file, a new identity is a new file
 * (which starts from its stored offset, a Flume position, the place its original was read to, or its start),
 * and a followed file that is not found any more is read to its end and released.
 */
final class FileTracker {
    private static final Logger log = LoggerFactory.getLogger(FileTracker.class);
    /** Start position of a file not to be followed yet: it looks like a copy of one still being read. */
    private static final long DEFER = -2;
    /** Start position of a compressed file skipped by {@code start.position=end}. */
    private static final long SKIP = Long.MAX_VALUE;

    private final TailSourceConfig config;
    private final int taskIndex;
    private final int taskCount;
    private final OffsetStorageReader offsets;
    private final Map<Long, Long> flumePositions;
    private final TailMetrics metrics;
    private final Map<FileIdentity, TailedFile> files = new LinkedHashMap<>();
    private final KnownContents known = new KnownContents();
    private final byte[] head;
    private boolean firstScan = true;
    private int turn;
    private boolean resuming;

    FileTracker(TailSourceConfig config, int taskIndex, int taskCount, OffsetStorageReader offsets,
                Map<Long, Long> flumePositions, TailMetrics metrics) {
        this.config = config;
        this.taskIndex = taskIndex;
        this.taskCount = taskCount;
        this.offsets = offsets;
        this.flumePositions = flumePositions;
        this.metrics = metrics;
        this.head = new byte[config.fingerprintBytes];
    }

    void scan(long now) throws IOException {
        Map<FileIdentity, Found> found = find();
        for (TailedFile file : files.values()) {
            Found at = found.remove(file.identity());
            if (at == null) {
                file.lost();
                continue;
            }
            Path old = file.seen(at.path(), at.group(), at.size());
            if (old != null) {
                metrics.rotations().increment();
                log.info("{} was renamed to {}: reading on to its end, it is not read again", old, at.path());
            }
            file.checkReplaced();
            noteTruncation(file);
        }
        follow(found, now);
        release(now);
    }

    /**
     * Reads from the followed files in turn until {@code full} says the batch is full. Each call starts one file
     * further on, so that a file with a large backlog does not starve the others.
     */
    void read(byte[] buffer, long now, BiConsumer<TailedFile, Line> out, BooleanSupplier full) throws IOException {
        List<TailedFile> order = new ArrayList<>(files.values());
        if (order.isEmpty()) {
            return;
        }
        int first = Math.floorMod(turn++, order.size());
        for (int i = 0; i < order.size() && !full.getAsBoolean(); i++) {
            TailedFile file = order.get((first + i) % order.size());
            while (!full.getAsBoolean() && file.read(buffer, now, line -> out.accept(file, line)) > 0) {
                noteTruncation(file);
            }
            noteTruncation(file);
        }
    }

    void close() {
        files.values().forEach(TailedFile::close);
        files.clear();
    }

    private void noteTruncation(TailedFile file) {
        KnownContent before = file.takeTruncation();
        if (before != null) {
            metrics.truncations().increment();
            known.remember(before);
        }
    }

    private record Found(Path path, FileGroup group, long size) {
    }

    private Map<FileIdentity, Found> find() throws IOException {
        Map<FileIdentity, Found> found = new LinkedHashMap<>();
        for (FileGroup group : config.groups) {
            for (FileGlob glob : group.globs()) {
                for (Path path : glob.list()) {
                    try {
                        FileIdentity identity = FileIdentity.of(path);
                        if (identity.owner(taskCount) == taskIndex) {
                            found.putIfAbsent(identity, new Found(path, group, Files.size(path)));
                        }
                    } catch (NoSuchFileException e) {
                        // Rotated away between the listing and now: the next scan finds it under its new name.
                    }
                }
            }
        }
        return found;
    }

    private void follow(Map<FileIdentity, Found> found, long now) throws IOException {
        Map<Map<String, Object>, Map<String, Object>> stored = storedOffsets(found);
        if (firstScan) {
            resuming = stored.values().stream().anyMatch(offset -> offset != null);
        }
        for (Map.Entry<FileIdentity, Found> entry : found.entrySet()) {
            FileIdentity identity = entry.getKey();
            Found at = entry.getValue();
            StartPoint start = startOf(identity, at, stored.get(FileOffset.partition(identity)));
            if (start.position() == DEFER) {
                continue;
            }
            TailedFile file = new TailedFile(identity, at.path(), at.group(), start.position(), config, now);
            file.fingerprint(start.fingerprint());
            file.seen(at.path(), at.group(), at.size());
            files.put(identity, file);
            log.info("Following {} ({}) from byte {}", at.path(), identity, start.position() == SKIP ? "end" : start.position());
        }
        firstScan = false;
    }

    private Map<Map<String, Object>, Map<String, Object>> storedOffsets(Map<FileIdentity, Found> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        List<Map<String, Object>> partitions = found.keySet().stream().map(FileOffset::partition).toList();
        Map<Map<String, Object>, Map<String, Object>> stored = offsets.offsets(partitions);
        return stored == null ? Map.of() : stored;
    }

    private record StartPoint(long position, Fingerprint fingerprint) {
        static StartPoint at(long position) {
            return new StartPoint(position, Fingerprint.EMPTY);
        }
    }

    private StartPoint startOf(FileIdentity identity, Found at, Map<String, Object> storedOffset) throws IOException {
        int headLength = TailedFile.headOf(at.path(), head);
        if (headLength < 0) {
            // Vanished since the listing, or a compressed file still being written: look again next scan.
            return StartPoint.at(DEFER);
        }
        if (storedOffset != null) {
            FileOffset offset = FileOffset.parse(storedOffset);
            boolean compressed = GzipContent.isGzip(at.path());
            if (offset.fingerprint().matches(head, headLength)
                    && (compressed || offset.position() <= at.size())) {
                return new StartPoint(offset.position(), offset.fingerprint());
            }
        } else {
            // Only at a task's first scan: later, a listed inode may have been reused by a new file.
            Long flume = firstScan && identity.inode() >= 0 ? flumePositions.get(identity.inode()) : null;
            if (flume != null && flume <= at.size()) {
                log.info("{} continues at byte {} from Flume's position file", at.path(), flume);
                return StartPoint.at(flume);
            }
        }
        // Any file without a usable offset may be a copy of one already read, even one under a stored offset: a
        // rotated file's gzip copy often gets the inode of a file deleted a moment before. Logged once, not at
        // every scan that defers it while its original is still followed.
        long copied = copiedPosition(at.path(), headLength);
        if (storedOffset != null && copied != DEFER) {
            log.info("{} ({}) does not start with the bytes its stored offset refers to (a new file that reuses "
                    + "an inode, or a file replaced while the connector was stopped): reading it as a new file",
                    at.path(), identity);
        }
        if (copied != -1) {
            return StartPoint.at(copied);
        }
        if (firstScan && !resuming && config.startPosition == TailSourceConfig.StartPosition.END) {
            return StartPoint.at(GzipContent.isGzip(at.path()) ? SKIP : at.size());
        }
        return StartPoint.at(0);
    }

    /**
     * Where a copy of known content starts: a gzip-compressed rotated file or a copytruncate copy. DEFER while
     * the original is still followed; -1 when the file is no copy of anything this task read.
     */
    private long copiedPosition(Path path, int headLength) {
        boolean compressed = GzipContent.isGzip(path);
        if (headLength == 0 || (!compressed && headLength < head.length)) {
            return -1;
        }
        Fingerprint fingerprint = Fingerprint.of(head, headLength);
        boolean originalFollowed = files.values().stream()
                .anyMatch(file -> !file.compressed() && file.fingerprint().equals(fingerprint));
        if (originalFollowed) {
            return DEFER;
        }
        return known.positionOf(fingerprint);
    }

    private void release(long now) {
        Iterator<TailedFile> it = files.values().iterator();
        while (it.hasNext()) {
            TailedFile file = it.next();
            if (!file.idle(now, config.fileCloseIdleMs)) {
                continue;
            }
            file.close();
            if (file.gone()) {
                it.remove();
                known.remember(new KnownContent(file.fingerprint(), file.emittedPosition()));
                metrics.releases().increment();
                log.info("Released {} ({}), read to byte {}: it was deleted or renamed away", file.path(),
                        file.identity(), file.emittedPosition());
            }
        }
    }

}
