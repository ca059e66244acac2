package io.flumeconnect.sources.syslog;

/** A RELP command: {@code TXNR SP COMMAND SP DATALEN [SP DATA] LF}. */
record RelpFrame(long txnr, String command, Frame data) {
}
