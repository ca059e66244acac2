package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import java.util.Map;

/** The syslog source connector's config, as Flume's syslog sources fill it. */
final class SyslogConnector {
    static final String CLASS = "io.flumeconnect.sources.syslog.SyslogSourceConnector";

    private SyslogConnector() {
    }

    /** A syslog source on {@code protocol}: messages parsed (RFC 5424 or 3164), the value the message as received. */
    static Map<String, String> config(String protocol) {
        Map<String, String> config = ListenerConnector.config(CLASS);
        config.put("protocol", protocol);
        config.put("format", "auto");
        config.put("value.type", "string");
        return config;
    }

    /** The keys Flume's syslog sources share: message size, the fields kept in the body, the client headers. */
    static void messageKeys(KeyLedger keys, Map<String, String> config) {
        keys.settings().get("eventSize").ifPresent(size -> {
            config.put("message.max.bytes", size.trim());
            keys.changed("eventSize", "message.max.bytes: a longer message is cut and flagged "
                    + "flume.syslog.status=Incomplete as in Flume, and syslog.truncated.bytes holds its length");
        });
        String keep = keys.settings().get("keepFields", "none").trim();
        if (keep.equalsIgnoreCase("all") || keep.equalsIgnoreCase("true")) {
            keys.mapped("keepFields", "value.type=string: the message as received");
        } else {
            keys.changed("keepFields", "value.type=string: the value is the message as received, with PRI, "
                    + "timestamp and host (Flume's keepFields=all); Flume kept " + (keep.equalsIgnoreCase("none")
                    || keep.equalsIgnoreCase("false") ? "only the text after them" : "only " + keep)
                    + ". The Facility, Severity, host and timestamp headers are set as Flume set them; for the text "
                    + "alone use value.type=struct (its message field)");
        }
        String noHeader = "no header with the sender's address: the host header holds the message's hostname, or the "
                + "sender's IP address when it has none (value.type=struct has it in remote_address); no DNS lookups";
        keys.unsupported("clientIPHeader", noHeader);
        keys.unsupported("clientHostnameHeader", noHeader);
    }

    /** The report's sentence on what a Flume syslog source became. */
    static String summary(String transport, boolean tcp) {
        return "the syslog source (SyslogSourceConnector) over " + transport + ": RFC 5424 and 3164 parsed into "
                + "Flume's headers, the value the message as received (Flume's keepFields=all); run it on the worker "
                + "of the host senders reach" + (tcp ? "; a full buffer pauses the connections instead of dropping "
                + "events" : "");
    }
}
