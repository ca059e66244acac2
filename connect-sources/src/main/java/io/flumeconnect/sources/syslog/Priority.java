package io.flumeconnect.sources.syslog;

/** The {@code <PRI>} that starts every syslog message: facility * 8 + severity, 0 to 191. */
final class Priority {
    private Priority() {
    }

    /** The PRI value at the start of {@code text}; the PRI ends at {@link #end(String)}. */
    static int parse(String text) throws SyslogParseException {
        if (text.isEmpty() || text.charAt(0) != '<') {
            throw new SyslogParseException("no PRI: the message does not start with '<'");
        }
        int close = text.indexOf('>', 1);
        if (close < 2 || close > 4) {
            throw new SyslogParseException("no PRI: expected '<' 1 to 3 digits '>'");
        }
        int value = 0;
        for (int i = 1; i < close; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new SyslogParseException("PRI is not a number: " + text.substring(0, close + 1));
            }
            value = value * 10 + (c - '0');
        }
        if (value > 191) {
            throw new SyslogParseException("PRI " + value + " is above 191");
        }
        return value;
    }

    /** Index after the {@code >} of a PRI that {@link #parse(String)} accepted. */
    static int end(String text) {
        return text.indexOf('>', 1) + 1;
    }
}
