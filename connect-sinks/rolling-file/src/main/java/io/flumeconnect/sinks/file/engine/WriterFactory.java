package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.sinks.file.format.Compression;
import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.storage.Storage;
import io.flumeconnect.sinks.file.storage.UnusablePathException;
import java.io.IOException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/** Opens the temporary files of one sink: its storage, format, compression and file name suffix. */
public final class WriterFactory {
    private final Storage storage;
    private final FileFormat format;
    private final Compression compression;
    private final String suffix;

    /** {@code suffix} is the configured one, or empty for the format's and compression's extensions. */
    public WriterFactory(Storage storage, FileFormat format, Compression compression, String suffix) {
        this.storage = storage;
        this.format = format;
        this.compression = format.compressesItself() ? Compression.NONE : compression;
        this.suffix = suffix.isEmpty() ? format.extension() + this.compression.extension() : suffix;
    }

    public RollingFileWriter open(String dir, String prefix, TopicPartition tp, long first, String token,
                                  SinkRecord record, long now) throws IOException {
        FileNames.Temporary name = new FileNames.Temporary(tp, first, prefix, suffix);
        checkLength(dir, FileNames.temporary(prefix, tp, first, token, suffix));
        checkLength(dir, name.committedName(first));
        return RollingFileWriter.open(storage, dir, name, token, format, compression, record, now);
    }

    private void checkLength(String dir, String file) throws UnusablePathException {
        storage.limits().check(dir.isEmpty() ? file : dir + "/" + file);
    }

    public Storage storage() {
        return storage;
    }
}
