package io.flumeconnect.sources.tail;

import io.flumeconnect.sources.tail.StartDecision.CopyOf;
import io.flumeconnect.sources.tail.StartDecision.Defer;
import io.flumeconnect.sources.tail.StartDecision.FromStart;
import io.flumeconnect.sources.tail.StartDecision.Start;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files one task follows. A scan evaluates the globs, keeps only the files this task owns, and matches what
 * it finds to the followed files by identity: a renamed file is the same file, a new identity is a new file
 * (where it starts is {@link StartPolicy}'s decision), and a followed file that is not found any more (neither by
 * the listing nor at its path) is read to its end and released. A file that cannot be read is skipped and tried
 * again; it never stops the others.
 */
final class FileTracker {
    private static final Logger log = LoggerFactory.getLogger(FileTracker.class);

    private final TailSourceConfig config;
    private final int taskIndex;
    private final int taskCount;
    private final StoredOffsets stored;
    private final Map<Long, Long> flumePositions;
    private final TailMetrics metrics;
    private final Consumer<TailedFile> readToEnd;
    private final FileProblems problems;
    private final Listing listing;
    private final Map<FileIdentity, TailedFile> files = new LinkedHashMap<>();
    private final KnownContents known = new KnownContents();
    private boolean firstScan = true;
    private int turn;
    private boolean resuming;
    private long setAside;

    /** Lists the files of one glob, handing what cannot be listed to the consumer ({@link FileGlob#list}). */
    @FunctionalInterface
    interface Listing {
        List<Path> list(FileGlob glob, BiConsumer<Path, IOException> skipped);
    }

    /** {@code readToEnd} hears at every scan of each file still present that is read to its end and idle. */
    FileTracker(TailSourceConfig config, int taskIndex, int taskCount, StoredOffsets stored,
                Map<Long, Long> flumePositions, TailMetrics metrics, Consumer<TailedFile> readToEnd) {
        this(config, taskIndex, taskCount, stored, flumePositions, metrics, readToEnd, FileGlob::list);
    }

    /** As above, the globs listed by {@code listing} (a test's, that fails on demand). */
    FileTracker(TailSourceConfig config, int taskIndex, int taskCount, StoredOffsets stored,
                Map<Long, Long> flumePositions, TailMetrics metrics, Consumer<TailedFile> readToEnd, Listing listing) {
        this.config = config;
        this.taskIndex = taskIndex;
        this.taskCount = taskCount;
        this.stored = stored;
        this.flumePositions = flumePositions;
        this.metrics = metrics;
        this.readToEnd = readToEnd;
        this.listing = listing;
        this.problems = new FileProblems(metrics.failures(), config.fileCloseIdleMs);
    }

    void scan(long now) {
        Map<FileIdentity, Found> found = find();
        Set<Path> present = new HashSet<>();
        found.values().forEach(at -> present.add(at.path()));
        setAsideReusedInodes(found);
        for (Map.Entry<FileIdentity, TailedFile> entry : files.entrySet()) {
            TailedFile file = entry.getValue();
            Found at = found.remove(entry.getKey());
            if (at == null) {
                at = stillAt(entry.getKey(), file);
            }
            if (at == null) {
                file.lost();
                continue;
            }
            present.add(at.path());
            Path old = file.seen(at.path(), at.group(), at.size());
            if (old != null) {
                metrics.rotations().increment();
                log.info("{} was renamed to {}: reading on to its end, it is not read again", old, at.path());
            }
            try {
                file.checkReplaced();
            } catch (IOException e) {
                failed(file, e, now);
            }
            noteTruncation(file);
        }
        follow(found, now);
        release(now);
        problems.retain(present);
    }

    /**
     * A followed file that the listing did not find, if it is still at its path as {@code key}: the listing fails
     * while the file is there when its directory cannot be read now, above all when the worker has no file
     * descriptor free ("too many open files"), which also stops every new file being opened. The file is looked up
     * by {@code stat}, which needs no descriptor, so that it is followed on (read through its open handle, its
     * reopen failing and retried) instead of being taken for deleted and released. Null when it is gone.
     */
    private Found stillAt(FileIdentity key, TailedFile file) {
        try {
            if (key.equals(FileIdentity.of(file.path()))) {
                return new Found(file.path(), file.group(), Files.size(file.path()));
            }
        } catch (IOException e) {
            // deleted or renamed away (or not even stat works): gone
        }
        return null;
    }

    /**
     * A followed file found under another name that does not start with the followed file's first bytes is not
     * that file renamed: the followed one was deleted and its inode given to a new file (file systems reuse a freed
     * inode at once, and rotation deletes and creates files in quick succession). The followed file is set aside
     * under a key of its own, reads on through its open handle to its end and is released; the new file is
     * decided on as any new file.
     */
    private void setAsideReusedInodes(Map<FileIdentity, Found> found) {
        List<TailedFile> reused = new ArrayList<>();
        for (Map.Entry<FileIdentity, TailedFile> entry : files.entrySet()) {
            TailedFile file = entry.getValue();
            Found at = found.get(entry.getKey()); // a file set aside before has a key no scan finds
            if (at != null && !at.path().equals(file.path()) && !startsAsFollowed(file, at)) {
                reused.add(file);
            }
        }
        for (TailedFile file : reused) {
            files.remove(file.identity());
            files.put(new FileIdentity(file.identity().id() + "#deleted-" + (++setAside), -1), file);
            file.lost();
            log.info("{} ({}) was deleted and its inode reused by {}: reading the deleted file on to its end",
                    file.path(), file.identity(), found.get(file.identity()).path());
        }
    }

    /** True when the file at {@code at} starts with the bytes the followed {@code file} started with. */
    private boolean startsAsFollowed(TailedFile file, Found at) {
        try {
            return Head.read(at.path(), config.fingerprintBytes).matches(file.fingerprint());
        } catch (IOException e) {
            return true; // cannot tell: taken for a rename, as before this check
        }
    }

    /**
     * Reads from the followed files in turn until {@code full} says the batch is full. Each call starts one file
     * further on, so that a file with a large backlog does not starve the others.
     */
    void read(byte[] buffer, long now, BiConsumer<TailedFile, Line> out, BooleanSupplier full) {
        List<TailedFile> order = new ArrayList<>(files.values());
        if (order.isEmpty()) {
            return;
        }
        int first = Math.floorMod(turn++, order.size());
        for (int i = 0; i < order.size() && !full.getAsBoolean(); i++) {
            TailedFile file = order.get((first + i) % order.size());
            try {
                while (!full.getAsBoolean() && file.read(buffer, now, line -> out.accept(file, line)) > 0) {
                    noteTruncation(file);
                }
                if (file.takeRecovery()) {
                    problems.cleared(file.path());
                }
            } catch (IOException e) {
                failed(file, e, now);
            }
            noteTruncation(file);
        }
    }

    void close() {
        files.values().forEach(TailedFile::close);
        files.clear();
    }

    private void failed(TailedFile file, IOException e, long now) {
        problems.report(file.path(), describe(e));
        file.failed(now + config.scanIntervalMs);
    }

    private void noteTruncation(TailedFile file) {
        KnownContent before = file.takeTruncation();
        if (before != null) {
            metrics.truncations().increment();
            known.remember(before);
        }
    }

    private record Found(Path path, FileGroup group, long size) {
        boolean compressed() {
            return GzipContent.isGzip(path);
        }
    }

    private Map<FileIdentity, Found> find() {
        Map<FileIdentity, Found> found = new LinkedHashMap<>();
        BiConsumer<Path, IOException> unlisted = (path, e) -> problems.report(path, "cannot be listed: " + describe(e));
        for (FileGroup group : config.groups) {
            for (FileGlob glob : group.globs()) {
                for (Path path : listing.list(glob, unlisted)) {
                    if (config.spooling.skips(path)) {
                        continue;
                    }
                    try {
                        FileIdentity identity = FileIdentity.of(path);
                        if (identity.owner(taskCount) == taskIndex) {
                            found.putIfAbsent(identity, new Found(path, group, Files.size(path)));
                        }
                    } catch (NoSuchFileException e) {
                        // Rotated away between the listing and now: the next scan finds it under its new name.
                    } catch (IOException e) {
                        unlisted.accept(path, e);
                    }
                }
            }
        }
        return found;
    }

    /** A file found and not followed yet, with its first bytes. */
    private record Candidate(FileIdentity identity, Found at, Head head) {
        Map<String, Object> identityPartition() {
            return FileOffset.partition(identity);
        }

        Map<String, Object> contentPartition() {
            ContentKey key = head.contentKey();
            return key == null ? null : key.partition();
        }

        /** True when its head is enough to recognise it as a copy: full, or all of a compressed file's. */
        boolean recognisable() {
            return at.compressed() ? head.length() > 0 : head.full();
        }
    }

    private void follow(Map<FileIdentity, Found> found, long now) {
        List<Candidate> candidates = new ArrayList<>();
        // Uncompressed files first: of a rotated file and its gzip copy found together, the one that may grow wins.
        found.entrySet().stream().sorted(Comparator.comparing(entry -> entry.getValue().compressed()))
                .forEach(entry -> {
                    Head head = headOf(entry.getKey(), entry.getValue(), now);
                    if (head != null) {
                        candidates.add(new Candidate(entry.getKey(), entry.getValue(), head));
                    }
                });
        Set<Map<String, Object>> partitions = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            partitions.add(candidate.identityPartition());
            if (candidate.contentPartition() != null) {
                partitions.add(candidate.contentPartition());
            }
        }
        stored.fetch(partitions);
        if (firstScan) {
            resuming = partitions.stream().anyMatch(partition -> stored.get(partition) != null);
        }
        Set<Map<String, Object>> waiting = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!start(candidate, now)) {
                waiting.add(candidate.identityPartition());
                if (candidate.contentPartition() != null) {
                    waiting.add(candidate.contentPartition());
                }
            }
        }
        stored.retain(waiting);
        firstScan = false;
    }

    /**
     * The first bytes of a found file, or null when it cannot be read now (a problem is reported) or its path is
     * another file's since the listing: rotation renamed it, and the next scan finds it under its new name. A head
     * read from the file that took its name would give it another file's fingerprint and content key.
     */
    private Head headOf(FileIdentity identity, Found at, long now) {
        try {
            Head head = Head.read(at.path(), config.fingerprintBytes);
            if (!identity.equals(FileIdentity.of(at.path()))) {
                return null;
            }
            problems.cleared(at.path());
            return head;
        } catch (NoSuchFileException e) {
            return null;
        } catch (EOFException e) {
            problems.incomplete(at.path(), at.size(), now);
            return null;
        } catch (IOException e) {
            problems.report(at.path(), describe(e));
            return null;
        }
    }

    /** Decides where {@code candidate} starts and follows it from there; false when it has to wait. */
    private boolean start(Candidate candidate, long now) {
        Found at = candidate.at();
        StartDecision decision = StartPolicy.decide(facts(candidate));
        if (decision instanceof Defer defer) {
            log.debug("Not following {} yet: {}", at.path(), defer.why());
            return false;
        }
        Start start = (Start) decision;
        if (start instanceof CopyOf) {
            metrics.copiesResumed().increment();
        } else if (start instanceof FromStart fromStart && fromStart.note() != null) {
            metrics.copiesFromStart().increment();
        }
        long position = start.position(at.compressed(), at.size());
        log.info("Following {} ({}) from {}{}", at.path(), candidate.identity(),
                position == Long.MAX_VALUE ? "its end" : "byte " + position, start.reason());
        TailedFile file = new TailedFile(candidate.identity(), at.path(), at.group(), position, candidate.head(),
                config, now);
        file.seen(at.path(), at.group(), at.size());
        files.put(candidate.identity(), file);
        return true;
    }

    private StartFacts facts(Candidate candidate) {
        Found at = candidate.at();
        Head head = candidate.head();
        boolean recognisable = candidate.recognisable();
        Fingerprint fingerprint = head.fingerprint();
        String rotatedName = RotatedName.why(at.path());
        boolean sameHeadFollowed = recognisable
                ? files.values().stream().anyMatch(file -> file.fingerprint().equals(fingerprint))
                : copyBeingWritten(candidate, rotatedName);
        long knownPosition = recognisable ? known.positionOf(fingerprint) : -1;
        long inode = candidate.identity().inode();
        Long flume = firstScan && inode >= 0 ? flumePositions.get(inode) : null;
        return new StartFacts(head, at.compressed(), at.size(), at.path().toString(),
                stored.get(candidate.identityPartition()), stored.get(candidate.contentPartition()), sameHeadFollowed,
                knownPosition, flume, firstScan && !resuming && config.startPosition == TailSourceConfig.StartPosition.END,
                rotatedName);
    }

    /**
     * True when {@code candidate}, a plain file named like a rotated one ({@code rotatedName} says why, or is null)
     * and shorter than {@code fingerprint.bytes}, holds the first bytes of a followed file: most likely copytruncate's
     * copy caught half written, which is looked at again once its head is full enough to recognise.
     */
    private boolean copyBeingWritten(Candidate candidate, String rotatedName) {
        if (candidate.at().compressed() || rotatedName == null) {
            return false;
        }
        Head head = candidate.head();
        if (head.length() == 0) {
            return !files.isEmpty(); // an empty copy begins every file: no need to open them
        }
        return files.values().stream().anyMatch(file -> startsWith(file.path(), head));
    }

    private static boolean startsWith(Path followed, Head head) {
        try {
            return Head.read(followed, head.length()).matches(head.fingerprint());
        } catch (IOException e) {
            return false;
        }
    }

    private void release(long now) {
        Iterator<TailedFile> it = files.values().iterator();
        while (it.hasNext()) {
            TailedFile file = it.next();
            if (!file.idle(now, config.fileCloseIdleMs)) {
                continue;
            }
            file.close();
            if (file.endedEarly()) {
                problems.report(file.path(), "its gzip data ends early, at byte " + file.emittedPosition()
                        + " (cut short, corrupt, or still being written): read on if it grows");
            }
            if (!file.gone()) {
                readToEnd.accept(file);
            } else {
                it.remove();
                known.remember(new KnownContent(file.fingerprint(), file.emittedPosition()));
                metrics.releases().increment();
                log.info("Released {} ({}), read to byte {}: it was deleted or renamed away", file.path(),
                        file.identity(), file.emittedPosition());
            }
        }
    }

    /** What went wrong, for a log line: the OS's reason where there is one. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof ZipException) {
            return "not a valid gzip file (" + e.getMessage() + ")";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.toString();
    }
}
