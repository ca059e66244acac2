package io.flumeconnect.sources.tail;

import io.flumeconnect.common.FlumeHeaders;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/** Turns a line of a followed file into a record: value, key, Flume's headers and the file's offset. */
final class RecordFactory {
    /** Header on the parts of a line longer than {@code line.max.bytes}: the part's number, from 1. */
    public static final String LINE_PART_HEADER = "line.part";
    /** Header {@code true} on every part of an overlong line but its last. */
    public static final String LINE_PART_MORE_HEADER = "line.part.more";

    /** Flume's headers, in the order they are added; {@code record.headers} picks among them. */
    static final List<String> BUILT_IN_HEADERS =
            List.of(FlumeHeaders.FILE, FlumeHeaders.BYTE_OFFSET, FlumeHeaders.HOST, FlumeHeaders.FILE_GROUP);

    private final TailSourceConfig config;
    private final String host;
    private final boolean fileHeader;
    private final boolean byteOffsetHeader;
    private final boolean hostHeader;
    private final boolean groupHeader;

    RecordFactory(TailSourceConfig config) {
        this.config = config;
        this.host = config.host.isEmpty() ? LocalHost.name() : config.host;
        this.fileHeader = config.recordHeaders.contains(FlumeHeaders.FILE);
        this.byteOffsetHeader = config.recordHeaders.contains(FlumeHeaders.BYTE_OFFSET);
        this.hostHeader = config.recordHeaders.contains(FlumeHeaders.HOST);
        this.groupHeader = config.recordHeaders.contains(FlumeHeaders.FILE_GROUP);
    }

    SourceRecord record(TailedFile file, Line line, Long timestamp) {
        RecordTemplate template = template(file);
        ConnectHeaders headers = new ConnectHeaders();
        template.addHeadersBeforeOffset(headers);
        HeaderType type = config.recordHeadersType;
        if (byteOffsetHeader) {
            type.add(headers, FlumeHeaders.BYTE_OFFSET, Long.toString(line.offset()));
        }
        template.addHeadersAfterOffset(headers);
        if (line.part() > 0) {
            type.add(headers, LINE_PART_HEADER, Integer.toString(line.part()));
            if (line.more()) {
                type.add(headers, LINE_PART_MORE_HEADER, "true");
            }
        }
        return new SourceRecord(template.partition(), template.offset(line.end()), file.group().topic(), null,
                config.keyMode == TailSourceConfig.KeyMode.NONE ? null : Schema.OPTIONAL_STRING_SCHEMA,
                key(template.pathText()), valueSchema(), value(line), timestamp, headers);
    }

    private RecordTemplate template(TailedFile file) {
        RecordTemplate template = file.recordTemplate();
        if (template == null || !template.fits(file)) {
            template = RecordTemplate.of(file, template, fileHeader, hostHeader, groupHeader, host,
                    config.recordHeadersType);
            file.recordTemplate(template);
        }
        return template;
    }

    private String key(String path) {
        return switch (config.keyMode) {
            case NONE -> null;
            case PATH -> path;
            case HOST -> host;
        };
    }

    private Schema valueSchema() {
        return config.valueType == TailSourceConfig.ValueType.STRING ? Schema.OPTIONAL_STRING_SCHEMA
                : Schema.OPTIONAL_BYTES_SCHEMA;
    }

    private Object value(Line line) {
        return config.valueType == TailSourceConfig.ValueType.STRING ? line.text(config.charset) : line.bytes();
    }
}
