package io.flumeconnect.sources.tail;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * How far a followed file was read and what waits to be emitted: the position after the bytes read, the position
 * after the last line handed out, the unfinished line and the unfinished multi-line event. Knows nothing of the
 * file itself ({@link TailedFile} holds the handle).
 */
final class ReadState {
    private final TailSourceConfig config;
    private LineSplitter splitter;
    private MultilineAggregator aggregator;
    private long emitted;
    private long readPosition;
    private long lastGrowth;

    ReadState(TailSourceConfig config, long position, long now) {
        this.config = config;
        this.lastGrowth = now;
        restartAt(position);
    }

    /** Forgets everything pending and goes on from {@code position}. */
    void restartAt(long position) {
        emitted = position;
        readPosition = position;
        splitter = new LineSplitter(config.lineMaxBytes, config.charset.equals(StandardCharsets.UTF_8), position);
        aggregator = config.multilinePattern == null ? null : new MultilineAggregator(config);
    }

    /** Takes {@code n} bytes read at the read position and emits the lines and events they complete. */
    void feed(byte[] buffer, int n, long now, Consumer<Line> out) {
        splitter.feed(buffer, 0, n, line -> deliver(line, now, out));
        readPosition += n;
        lastGrowth = now;
    }

    /** The file ended for good (a complete compressed file): emits everything pending. */
    void flushAll(long now, Consumer<Line> out) {
        splitter.flush(line -> deliver(line, now, out));
        if (aggregator != null) {
            aggregator.flush(line -> emit(line, out));
        }
    }

    /** Emits an unterminated last line and an unfinished event once the file has been idle long enough. */
    void flushIdle(long now, Consumer<Line> out) {
        if (splitter.hasPending() && now - lastGrowth >= config.lineIdleFlushMs) {
            splitter.flush(line -> deliver(line, now, out));
        }
        if (aggregator != null) {
            aggregator.flushIfIdle(now, line -> emit(line, out));
        }
    }

    private void deliver(Line line, long now, Consumer<Line> out) {
        if (aggregator != null) {
            aggregator.add(line, now, l -> emit(l, out));
        } else {
            emit(line, out);
        }
    }

    private void emit(Line line, Consumer<Line> out) {
        emitted = line.end();
        out.accept(line);
    }

    /** Position after the last line handed out: what the next record's offset will be. */
    long emittedPosition() {
        return emitted;
    }

    /** Position after the last byte read. */
    long readPosition() {
        return readPosition;
    }

    /** True when everything read was handed out. */
    boolean drained() {
        return !splitter.hasPending() && (aggregator == null || !aggregator.hasPending());
    }

    /** True when nothing was read for {@code idleMs}. */
    boolean idleFor(long now, long idleMs) {
        return now - lastGrowth >= idleMs;
    }
}
