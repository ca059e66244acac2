package io.flumeconnect.sources.syslog;

/** Why a message did not parse; the message is still delivered, raw, with this reason in a header. */
final class SyslogParseException extends Exception {
    SyslogParseException(String reason) {
        super(reason, null, false, false);
    }
}
