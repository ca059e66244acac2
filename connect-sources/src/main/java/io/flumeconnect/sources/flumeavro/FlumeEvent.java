package io.flumeconnect.sources.flumeavro;

import java.util.Map;

/** One event as a Flume client sent it: string headers and an opaque body. */
public record FlumeEvent(Map<String, String> headers, byte[] body) {
}
