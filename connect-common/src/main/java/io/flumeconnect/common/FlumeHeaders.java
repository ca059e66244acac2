package io.flumeconnect.common;

/**
 * Kafka record header names. Where Flume has a name for the same event header, it is Flume's, so that
 * migrated interceptors, selectors and HDFS path escapes such as {@code %{host}} keep working.
 */
public final class FlumeHeaders {
    /** Event time in epoch milliseconds (Flume's TimestampInterceptor). */
    public static final String TIMESTAMP = "timestamp";
    /** Host name or address of the agent that produced the event (Flume's HostInterceptor). */
    public static final String HOST = "host";
    /** Absolute path of the file a line was read from (Flume TAILDIR {@code fileHeaderKey}). */
    public static final String FILE = "file";
    /** Byte offset of the line in its file (Flume TAILDIR {@code byteOffsetHeader}). */
    public static final String BYTE_OFFSET = "byteoffset";
    /** The file group a file matched (Flume TAILDIR {@code filegroups}). */
    public static final String FILE_GROUP = "filegroup";
    /** Syslog facility, numeric (Flume's syslog sources). */
    public static final String FACILITY = "Facility";
    /** Syslog severity, numeric (Flume's syslog sources). */
    public static final String SEVERITY = "Severity";

    private FlumeHeaders() {
    }
}
