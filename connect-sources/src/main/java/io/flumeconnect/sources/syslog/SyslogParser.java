package io.flumeconnect.sources.syslog;

import java.time.Clock;
import java.time.ZoneId;

/** Reads a message in the configured format; {@link SyslogFormat#AUTO} tells RFC 5424 from RFC 3164 per message. */
final class SyslogParser {
    private final SyslogFormat format;
    private final Rfc3164Parser rfc3164;

    SyslogParser(SyslogFormat format, ZoneId zone, Clock clock) {
        this.format = format;
        this.rfc3164 = new Rfc3164Parser(zone, clock);
    }

    SyslogMessage parse(String text) throws SyslogParseException {
        return switch (format) {
            case RFC5424 -> Rfc5424Parser.parse(text);
            case RFC3164 -> rfc3164.parse(text);
            case AUTO -> Rfc5424Parser.looksLike(text) ? Rfc5424Parser.parse(text) : rfc3164.parse(text);
            case RAW -> throw new IllegalStateException("raw messages are not parsed");
        };
    }
}
