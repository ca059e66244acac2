package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.sinks.file.format.Compression;
import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.format.FormatWriter;
import io.flumeconnect.sinks.file.storage.Storage;
import io.flumeconnect.sinks.file.storage.StorageOutput;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One open file under its temporary name: records go through the format and the compression into the
 * storage. {@link #finish()} makes it complete and durable; {@link #commit(long)} gives it its final name.
 */
public final class RollingFileWriter {
    private static final int BUFFER = 64 * 1024;

    private final Storage storage;
    private final String dir;
    private final FileNames.Temporary name;
    private final String tempPath;
    private final StorageOutput output;
    // format -> top (compressed only) -> compression -> stored -> storage; stored counts the bytes stored
    private final WriteBuffer stored;
    private final OutputStream compressed;
    private final OutputStream top;
    private final FormatWriter writer;
    private final long openedAt;
    private long records;
    private long lastWriteAt;

    private RollingFileWriter(Storage storage, String dir, FileNames.Temporary name, String tempPath,
                              StorageOutput output, FileFormat format, Compression compression, SinkRecord first,
                              long now) throws IOException {
        this.storage = storage;
        this.dir = dir;
        this.name = name;
        this.tempPath = tempPath;
        this.output = output;
        this.stored = new WriteBuffer(output.stream(), BUFFER);
        this.compressed = compression.wrap(stored);
        this.top = compression == Compression.NONE ? compressed : new WriteBuffer(compressed, BUFFER);
        this.writer = format.open(top, first);
        this.openedAt = now;
        this.lastWriteAt = now;
    }

    /** Creates the temporary file {@code dir/.<name>.tmp} for {@code first}, the first record it will hold. */
    public static RollingFileWriter open(Storage storage, String dir, FileNames.Temporary name, String token,
                                         FileFormat format, Compression compression, SinkRecord first, long now)
            throws IOException {
        String file = FileNames.temporary(name.prefix(), name.partition(), name.first(), token, name.suffix());
        String path = dir.isEmpty() ? file : dir + "/" + file;
        StorageOutput output = storage.create(path);
        try {
            return new RollingFileWriter(storage, dir, name, path, output, format, compression, first, now);
        } catch (IOException | RuntimeException e) {
            output.close();
            storage.delete(path);
            throw e;
        }
    }

    /** Appends {@code record}; a {@code DataException} from the format leaves the file unchanged. */
    public void write(SinkRecord record, long now) throws IOException {
        writer.write(record);
        records++;
        lastWriteAt = now;
    }

    public boolean accepts(SinkRecord record) {
        return writer.accepts(record);
    }

    /** Ends the format and the compression, syncs the bytes to durable storage and closes the file. */
    public void finish() throws IOException {
        writer.finish();
        top.flush();
        compressed.close();
        stored.flush();
        output.sync();
        output.close();
    }

    /** Renames the finished file to its committed name, which says the commit covered offsets up to {@code last}. */
    public String commit(long last) throws IOException {
        String committed = name.committedName(last);
        String path = dir.isEmpty() ? committed : dir + "/" + committed;
        storage.rename(tempPath, path);
        return path;
    }

    /** Closes and deletes the temporary file; the records in it will be written again. */
    public void discard() throws IOException {
        try {
            output.close();
        } finally {
            storage.delete(tempPath);
        }
    }

    public long bytes() {
        return stored.handedDown();
    }

    public long records() {
        return records;
    }

    public long openedAt() {
        return openedAt;
    }

    public long lastWriteAt() {
        return lastWriteAt;
    }

    public String path() {
        return tempPath;
    }
}
