package io.flumeconnect.sinks.file.format;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.kafka.connect.sink.SinkRecord;

/** One record per line: text or JSON lines, with a configurable separator. */
public final class LineFormat implements FileFormat {
    private final LineEncoder encoder;
    private final byte[] separator;
    private final String extension;

    public LineFormat(LineEncoder encoder, byte[] separator, String extension) {
        this.encoder = encoder;
        this.separator = separator.clone();
        this.extension = extension;
    }

    @Override
    public String extension() {
        return extension;
    }

    @Override
    public FormatWriter open(OutputStream out, SinkRecord first) {
        return new FormatWriter() {
            @Override
            public void write(SinkRecord record) throws IOException {
                byte[] line = encoder.encode(record);
                out.write(line);
                out.write(separator);
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }
        };
    }
}
