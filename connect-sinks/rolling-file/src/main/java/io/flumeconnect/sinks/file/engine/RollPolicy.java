package io.flumeconnect.sinks.file.engine;

/**
 * When an open file is committed: at a size, a record count, an age or an idle time (each off at 0).
 * Files are also committed when their partition is revoked and when the task stops.
 */
public record RollPolicy(long maxBytes, long maxRecords, long maxOpenMillis, long maxIdleMillis) {
    /** The reason {@code file} must be committed now, or {@code null} when it may stay open. */
    public String due(RollingFileWriter file, long now) {
        if (maxBytes > 0 && file.bytes() >= maxBytes) {
            return "size " + file.bytes() + " >= " + maxBytes + " bytes";
        }
        if (maxRecords > 0 && file.records() >= maxRecords) {
            return file.records() + " records";
        }
        if (maxOpenMillis > 0 && now - file.openedAt() >= maxOpenMillis) {
            return "open for " + (now - file.openedAt()) + " ms";
        }
        if (maxIdleMillis > 0 && now - file.lastWriteAt() >= maxIdleMillis) {
            return "idle for " + (now - file.lastWriteAt()) + " ms";
        }
        return null;
    }
}
