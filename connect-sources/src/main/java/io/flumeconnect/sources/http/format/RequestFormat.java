package io.flumeconnect.sources.http.format;

import java.util.Locale;

/** The request body formats, as named in the config. */
public enum RequestFormat {
    /** Flume's JSONHandler: {@code [{"headers": {...}, "body": "..."}]}. */
    FLUME,
    /** A JSON array of objects, or one object. */
    JSON,
    /** One JSON object per line. */
    NDJSON,
    /** Plain text, one event per line. */
    TEXT,
    /** The whole body as one event (Flume's BlobHandler). */
    RAW;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RequestFormat of(String configName) {
        return valueOf(configName.trim().toUpperCase(Locale.ROOT));
    }
}
