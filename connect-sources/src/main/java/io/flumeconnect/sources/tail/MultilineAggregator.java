package io.flumeconnect.sources.tail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import io.flumeconnect.sources.tail.TailSourceConfig.MultilineMatch;

/**
 * Groups lines into events such as stack traces, as Logstash's multiline codec and Filebeat do. With
 * {@code previous}, a matching line joins the event before it; with {@code next}, a matching line joins the
 * event after it, which ends with the first line that does not match. An event is emitted when the next one
 * starts, when it reaches its line or byte limit, or when no line was added for the flush timeout. Parts of
 * overlong lines are passed through as they are.
 */
final class MultilineAggregator {
    private final Pattern pattern;
    private final boolean negate;
    private final MultilineMatch match;
    private final int maxLines;
    private final int maxBytes;
    private final long flushMs;
    private final Charset charset;

    private final ByteArrayOutputStream event = new ByteArrayOutputStream();
    private int lines;
    private long offset;
    private long end;
    private long lastAdded;

    MultilineAggregator(TailSourceConfig config) {
        this(config.multilinePattern, config.multilineNegate, config.multilineMatch, config.multilineMaxLines,
                config.multilineMaxBytes, config.multilineFlushMs, config.charset);
    }

    MultilineAggregator(Pattern pattern, boolean negate, MultilineMatch match, int maxLines, int maxBytes,
                        long flushMs, Charset charset) {
        this.pattern = pattern;
        this.negate = negate;
        this.match = match;
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
        this.flushMs = flushMs;
        this.charset = charset;
    }

    void add(Line line, long now, Consumer<Line> out) {
        if (line.part() != 0) {
            flush(out);
            out.accept(line);
            return;
        }
        boolean matches = pattern.matcher(line.text(charset)).find() != negate;
        if (match == MultilineMatch.PREVIOUS && !matches) {
            flush(out);
        }
        if (lines > 0 && (lines >= maxLines || event.size() + 1 + line.length() > maxBytes)) {
            flush(out);
        }
        append(line, now);
        if (match == MultilineMatch.NEXT && !matches) {
            flush(out);
        }
    }

    /** Emits the pending event when no line was added to it for the flush timeout. */
    void flushIfIdle(long now, Consumer<Line> out) {
        if (lines > 0 && now - lastAdded >= flushMs) {
            flush(out);
        }
    }

    void flush(Consumer<Line> out) {
        if (lines > 0) {
            out.accept(new Line(event.toByteArray(), offset, end, 0, false));
            event.reset();
            lines = 0;
        }
    }

    boolean hasPending() {
        return lines > 0;
    }

    private void append(Line line, long now) {
        if (lines == 0) {
            offset = line.offset();
        } else {
            event.write('\n');
        }
        event.write(line.array(), line.from(), line.length());
        end = line.end();
        lines++;
        lastAdded = now;
    }
}
