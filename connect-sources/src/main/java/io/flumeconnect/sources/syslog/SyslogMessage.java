package io.flumeconnect.sources.syslog;

import java.time.Instant;
import java.util.List;

/**
 * A parsed syslog message; a field the message does not carry is null.
 *
 * @param version 1 for RFC 5424, null for RFC 3164
 */
record SyslogMessage(SyslogFormat format, int facility, int severity, Integer version, Instant timestamp,
                     String hostname, String appName, String procId, String msgId, List<SdElement> structuredData,
                     String message) {

    /** An RFC 5424 structured data element: {@code [id name="value" ...]}; a name may repeat. */
    record SdElement(String id, List<SdParam> params) {
    }

    record SdParam(String name, String value) {
    }
}
