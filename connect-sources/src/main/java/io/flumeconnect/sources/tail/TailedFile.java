package io.flumeconnect.sources.tail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file a task follows, known by its {@link FileIdentity}: its current path and group, its first bytes, and the
 * handle, opened only while there is something to read; how far it was read and what is pending is its
 * {@link ReadState}.
 */
final class TailedFile {
    private static final Logger log = LoggerFactory.getLogger(TailedFile.class);

    private final FileIdentity identity;
    private Path path;
    private FileGroup group;
    private FileContent content;
    private final ReadState state;
    private Fingerprint fingerprint;
    private ContentKey contentKey;
    private final byte[] head;
    private KnownContent truncation;
    private long observedSize = -1;
    private long sizeAtClose = -1;
    private long sizeAtOpen;
    private boolean gone;
    private long retryAt;
    private boolean failing;
    private boolean endedEarly;
    private RecordTemplate recordTemplate;

    /** Starts at {@code position} of a file whose first bytes were {@code head} when it was found. */
    TailedFile(FileIdentity identity, Path path, FileGroup group, long position, Head head, TailSourceConfig config,
               long now) {
        this.identity = identity;
        this.path = path;
        this.group = group;
        this.head = new byte[config.fingerprintBytes];
        this.state = new ReadState(config, position, now);
        this.fingerprint = head.fingerprint();
        this.contentKey = head.contentKey();
    }

    FileIdentity identity() {
        return identity;
    }

    Path path() {
        return path;
    }

    FileGroup group() {
        return group;
    }

    /**
     * The source partition of this file's records: its content key once it has {@code fingerprint.bytes} bytes (so
     * that any copy of it finds the offset), its identity before.
     */
    Map<String, Object> partition() {
        return contentKey != null ? contentKey.partition() : FileOffset.partition(identity);
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }

    /** What this file's records share, kept by {@link RecordFactory}; null until its first record. */
    RecordTemplate recordTemplate() {
        return recordTemplate;
    }

    void recordTemplate(RecordTemplate template) {
        recordTemplate = template;
    }

    /** Position after the last line handed out: what the next record's offset will be. */
    long emittedPosition() {
        return state.emittedPosition();
    }

    boolean gone() {
        return gone;
    }

    boolean compressed() {
        return GzipContent.isGzip(path);
    }

    /** The scan found the file, maybe under a new name. Returns the old path when it was renamed. */
    Path seen(Path now, FileGroup nowGroup, long size) {
        Path old = path;
        boolean renamed = !old.equals(now);
        if (renamed) {
            // Only then: the record template is rebuilt when the path object changes.
            path = now;
        }
        group = nowGroup;
        gone = false;
        observedSize = size;
        return renamed ? old : null;
    }

    /** The scan did not find the file: it was deleted or renamed to a name no glob matches. */
    void lost() {
        gone = true;
    }

    /** Reads what there is to read into {@code out}, at most one buffer full; returns the bytes read. */
    int read(byte[] buffer, long now, Consumer<Line> out) throws IOException {
        if (content == null && (now < retryAt || !reopen())) {
            state.flushIdle(now, out);
            return 0;
        }
        long length = content.length();
        if (length >= 0 && length < state.readPosition()) {
            truncated("it shrank to " + length + " bytes");
            return 0;
        }
        int n = content.read(buffer);
        if (n > 0 && replaced()) {
            // Read after the file was truncated and written again: those bytes are not what follows the position.
            truncated("its first bytes changed");
            return 0;
        }
        if (n > 0) {
            endedEarly = false;
            // Before the lines go out: their offsets carry the fingerprint, which must cover the bytes they end at.
            refreshFingerprint(state.readPosition() + n);
            state.feed(buffer, n, now, out);
            return n;
        }
        if (content.complete()) {
            state.flushAll(now, out);
            return 0;
        }
        if (length < 0) {
            // A compressed file still being written (or cut short): reopened when the scan sees it grow.
            endedEarly = true;
            close();
        }
        state.flushIdle(now, out);
        return 0;
    }

    /** True when this is a compressed file whose data ended before its gzip trailer, the last time it was read. */
    boolean endedEarly() {
        return endedEarly;
    }

    /**
     * True when the file was read to its end as the scan last saw it and has not grown for {@code idleMs}. A
     * deleted file without an open handle cannot be read any further: it is idle once that time passed, so that it
     * is released and a copy of it (its {@code .gz}) goes on from where it was read to.
     */
    boolean idle(long now, long idleMs) {
        boolean readToEnd = compressed() || observedSize <= state.readPosition() || (gone && content == null);
        return state.idleFor(now, idleMs) && state.drained() && readToEnd;
    }

    /** Closes the handle; the file is reopened when the scan sees its size change. */
    void close() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                log.debug("Closing {} failed", path, e);
            }
            content = null;
            // Reopened when the size on disk differs from what was certainly read: the read position for a
            // plain file, the compressed size before opening for a compressed one.
            sizeAtClose = compressed() ? sizeAtOpen : state.readPosition();
        }
    }

    boolean open() {
        return content != null;
    }

    /** True when the file no longer starts with the bytes of its fingerprint (checked after each read). */
    private boolean replaced() throws IOException {
        if (fingerprint.length() == 0 || content.length() < 0) {
            return false;
        }
        int n = content.head(head);
        return n >= 0 && !fingerprint.matches(head, n);
    }

    /**
     * Checks that the file still starts with the bytes its position refers to. A file rewritten in place
     * (truncated and written again beyond the old position before a scan saw it shrink) is read from 0.
     */
    void checkReplaced() throws IOException {
        if (content != null && replaced()) {
            truncated("its first bytes changed");
        }
    }

    /**
     * The fingerprint and position the file had before its last truncation, once, or null: a copy of it made by
     * copytruncate then continues from there.
     */
    KnownContent takeTruncation() {
        KnownContent was = truncation;
        truncation = null;
        return was;
    }

    private void truncated(String why) {
        log.warn("{} was truncated or replaced ({}): reading it again from its start (copytruncate rotation?)",
                path, why);
        truncation = new KnownContent(fingerprint, state.emittedPosition());
        state.restartAt(0);
        close();
        sizeAtClose = -1;
        fingerprint = Fingerprint.EMPTY;
        contentKey = null;
    }

    /** Reading failed: the handle is closed and not reopened before {@code retryAt}. */
    void failed(long retryAt) {
        close();
        this.retryAt = retryAt;
        failing = true;
    }

    /** True once, when the file is open again after {@link #failed}: the problem reported for it is over. */
    boolean takeRecovery() {
        boolean recovered = failing && content != null;
        failing &= !recovered;
        return recovered;
    }

    private boolean reopen() throws IOException {
        if (sizeAtClose >= 0 && observedSize == sizeAtClose) {
            return false;
        }
        if (gone) {
            return false;
        }
        try {
            long size = Files.size(path);
            FileContent opened = FileContent.open(path, state.readPosition());
            if (!isStill(path, opened)) {
                // Rotated between the scan and now: the scan will find the file under its new name.
                return false;
            }
            content = opened;
            sizeAtOpen = size;
            sizeAtClose = -1;
            refreshFingerprint(state.readPosition());
            return true;
        } catch (NoSuchFileException e) {
            gone = true;
            return false;
        }
    }

    /** True when {@code path} is still this file after {@code opened} was opened; else closes it. */
    private boolean isStill(Path path, FileContent opened) throws IOException {
        boolean same = false;
        try {
            same = identity.equals(FileIdentity.of(path));
            return same;
        } finally {
            if (!same) {
                opened.close();
            }
        }
    }

    /** Takes the fingerprint again while it is shorter than {@code fingerprint.bytes} and than {@code readTo}. */
    private void refreshFingerprint(long readTo) throws IOException {
        if (fingerprint.length() < head.length && (readTo > fingerprint.length() || fingerprint.length() == 0)) {
            int n = content.head(head);
            if (n > fingerprint.length()) {
                fingerprint = Fingerprint.of(head, n);
                contentKey = n == head.length ? ContentKey.of(head, n) : null;
            }
        }
    }

    @Override
    public String toString() {
        return path + " (" + identity + ") at " + state.emittedPosition();
    }
}
