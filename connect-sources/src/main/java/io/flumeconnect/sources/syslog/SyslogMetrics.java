package io.flumeconnect.sources.syslog;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;

/** A syslog task's own counters, next to the listener's (connections, bytes, drops, acknowledgements). */
record SyslogMetrics(Counter messages, Counter parsed, Counter unparsed, Counter truncated) {

    static SyslogMetrics of(PluginCounters counters) {
        return new SyslogMetrics(
                counters.counter("messages", "Messages received (lines, frames, datagrams, RELP messages)"),
                counters.counter("messages-parsed", "Messages parsed as RFC 5424 or RFC 3164"),
                counters.counter("messages-unparsed", "Messages that did not parse, delivered raw with a reason"),
                counters.counter("messages-truncated", "Messages longer than message.max.bytes, delivered cut"));
    }
}
