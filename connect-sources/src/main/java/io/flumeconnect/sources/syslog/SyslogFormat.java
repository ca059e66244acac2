package io.flumeconnect.sources.syslog;

import java.util.Locale;

/** How a message was (or is to be) read. */
enum SyslogFormat {
    /** RFC 5424 when the message starts {@code <PRI>1 }, RFC 3164 otherwise. Only as a setting. */
    AUTO,
    RFC5424,
    RFC3164,
    /** Not parsed: the raw-lines mode (Flume's netcat), or a message that did not parse. */
    RAW;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
