package io.flumeconnect.sources.tail;

import io.flumeconnect.common.FlumeHeaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;

/**
 * What the records of one file have in common while its path, group and fingerprint stay the same: its source
 * partition, its path as text, the boxed fingerprint length and the headers whose values do not change from line to line. Built
 * once, not per line: a worker keeps every record in memory until Kafka acknowledges it, and objects shared
 * between records are objects the garbage collector need not copy again and again.
 */
final class RecordTemplate {
    private final FileIdentity identity;
    private final Path path;
    private final FileGroup group;
    private final Fingerprint fingerprint;
    private final Map<String, Object> partition;
    private final String pathText;
    private final Integer fingerprintLength;
    private final Header[] headersBeforeOffset;
    private final Header[] headersAfterOffset;

    private RecordTemplate(TailedFile file, RecordTemplate previous, Header[] before, Header[] after) {
        this.identity = file.identity();
        this.path = file.path();
        this.group = file.group();
        this.fingerprint = file.fingerprint();
        Map<String, Object> current = file.partition();
        // The same partition object as long as it is the same partition: the worker keys its records' deque by the
        // first object it saw, and compares every later record's partition with it.
        this.partition = previous != null && previous.partition.equals(current) ? previous.partition : current;
        this.pathText = path.toString();
        this.fingerprintLength = fingerprint.length();
        this.headersBeforeOffset = before;
        this.headersAfterOffset = after;
    }

    /**
     * {@code previous}: the file's template before, or null; {@code fileHeader}, {@code hostHeader},
     * {@code groupHeader}: whether Flume's headers are on; {@code host}: the host header's value; {@code type}: how
     * the values are typed. The file's static group headers follow Flume's.
     */
    static RecordTemplate of(TailedFile file, RecordTemplate previous, boolean fileHeader, boolean hostHeader,
                             boolean groupHeader, String host, HeaderType type) {
        ConnectHeaders before = new ConnectHeaders();
        if (fileHeader) {
            type.add(before, FlumeHeaders.FILE, file.path().toString());
        }
        ConnectHeaders after = new ConnectHeaders();
        if (hostHeader) {
            type.add(after, FlumeHeaders.HOST, host);
        }
        if (groupHeader) {
            type.add(after, FlumeHeaders.FILE_GROUP, file.group().name());
        }
        for (Map.Entry<String, String> header : file.group().headers().entrySet()) {
            type.add(after, header.getKey(), header.getValue());
        }
        return new RecordTemplate(file, previous, array(before), array(after));
    }

    private static Header[] array(ConnectHeaders headers) {
        List<Header> list = new ArrayList<>(headers.size());
        headers.forEach(list::add);
        return list.toArray(Header[]::new);
    }

    /** True while {@code file} still has the path, group and fingerprint this template was made for. */
    boolean fits(TailedFile file) {
        return file.path() == path && file.group() == group && file.fingerprint() == fingerprint;
    }

    /** The file the records come from. */
    FileIdentity identity() {
        return identity;
    }

    /** The source partition: it changes with the fingerprint, when the file grows a content key. */
    Map<String, Object> partition() {
        return partition;
    }

    String pathText() {
        return pathText;
    }

    /** The offset of the record that ends at {@code position}. */
    Map<String, Object> offset(long position) {
        return new RecordOffset(position, this);
    }

    /** The entries of {@link #offset}, built when the worker reads them. */
    Map<String, Object> offsetEntries(long position) {
        return FileOffset.offset(position, fingerprint.checksum(), fingerprintLength, pathText);
    }

    /**
     * Adds the headers that precede the byte-offset header. ConnectHeader is immutable, so sharing it is safe. An
     * indexed loop over an array: no iterator and no lambda per record.
     */
    void addHeadersBeforeOffset(ConnectHeaders headers) {
        add(headersBeforeOffset, headers);
    }

    void addHeadersAfterOffset(ConnectHeaders headers) {
        add(headersAfterOffset, headers);
    }

    private static void add(Header[] shared, ConnectHeaders headers) {
        for (int i = 0; i < shared.length; i++) {
            headers.add(shared[i]);
        }
    }
}
