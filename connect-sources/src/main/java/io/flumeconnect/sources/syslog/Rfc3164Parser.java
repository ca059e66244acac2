package io.flumeconnect.sources.syslog;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 3164 as devices send it: {@code <PRI>[seq: ][*]TIMESTAMP [HOSTNAME ]TAG[PID]: MSG}, where the timestamp may
 * carry a year, milliseconds and a zone (Cisco), be RFC 3339 (rsyslog's forward format) or be missing (Cisco ASA),
 * and the hostname may be missing (local senders). Only the PRI is required; what cannot be recognised is left in
 * the message. A time without a zone is in the configured zone; a time without a year is in the last 12 months.
 */
final class Rfc3164Parser {
    /** Cisco IOS's sequence number, {@code 123: }, before the timestamp. */
    private static final Pattern SEQUENCE = Pattern.compile("\\d{1,10}: ");
    private static final Pattern ISO_TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:[Zz]|[+-]\\d{2}:?\\d{2})?");
    /** {@code Mmm dd [yyyy] hh:mm:ss[.fff] [ZONE]}, day space-padded or not. */
    private static final Pattern BSD_TIMESTAMP = Pattern.compile(
            "([A-Za-z]{3}) {1,2}(\\d{1,2})(?: (\\d{4}))? (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
                    + "(?: ([A-Z]{1,5}|[+-]\\d{2}:?\\d{2})(?=[: ]|$))?");
    /** {@code yyyy Mmm dd hh:mm:ss}. */
    private static final Pattern YEAR_FIRST_TIMESTAMP = Pattern.compile(
            "(\\d{4}) ([A-Za-z]{3}) {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})");
    private static final Pattern TAG = Pattern.compile("([A-Za-z0-9_./@-]{1,48})(?:\\[([^\\]\\s]{0,128})])?:(?: |$)");
    /** Cisco's {@code %FACILITY-SEVERITY-MNEMONIC:}, taken as the message id. */
    private static final Pattern MNEMONIC = Pattern.compile("%([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)+):(?: |$)");
    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9._:-]{1,255}");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** Zone abbreviations devices print; an unknown one leaves the time in the configured zone. */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private final ZoneId zone;
    private final Clock clock;

    Rfc3164Parser(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    SyslogMessage parse(String text) throws SyslogParseException {
        int pri = Priority.parse(text);
        Matcher matcher = SEQUENCE.matcher(text);
        int at = Priority.end(text);
        if (matcher.region(at, text.length()).lookingAt()) {
            at = matcher.end();
        }
        if (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '.')) {
            at++;
        }
        Instant timestamp = null;
        int afterTimestamp = timestampEnd(text, at);
        if (afterTimestamp > at) {
            timestamp = timestamp(text.substring(at, afterTimestamp));
            at = skip(text, afterTimestamp);
        } else {
            at = Priority.end(text);
        }
        String hostname = null;
        if (timestamp != null) {
            int space = text.indexOf(' ', at);
            String token = space < 0 ? "" : text.substring(at, space);
            if (!token.endsWith(":") && !token.contains("[") && HOSTNAME.matcher(token).matches()) {
                hostname = token;
                at = space + 1;
                if (text.startsWith(": ", at)) {
                    at += 2;
                }
            }
        }
        return tagged(text, at, pri, timestamp, hostname);
    }

    /** The tag ({@code app[pid]:}) or Cisco mnemonic at {@code at}, if any, and the message after it. */
    private static SyslogMessage tagged(String text, int at, int pri, Instant timestamp, String hostname) {
        String appName = null;
        String procId = null;
        String msgId = null;
        Matcher tag = TAG.matcher(text).region(at, text.length());
        Matcher mnemonic = MNEMONIC.matcher(text).region(at, text.length());
        if (tag.lookingAt()) {
            appName = tag.group(1);
            procId = tag.group(2);
            at = tag.end();
        } else if (mnemonic.lookingAt()) {
            msgId = mnemonic.group(1);
            at = mnemonic.end();
        }
        return new SyslogMessage(SyslogFormat.RFC3164, pri >> 3, pri & 7, null, timestamp, hostname, appName, procId,
                msgId, List.of(), text.substring(at));
    }

    /** Index after a timestamp starting at {@code at}, or {@code at} when there is none. */
    private static int timestampEnd(String text, int at) {
        for (Pattern pattern : List.of(ISO_TIMESTAMP, BSD_TIMESTAMP, YEAR_FIRST_TIMESTAMP)) {
            Matcher matcher = pattern.matcher(text).region(at, text.length());
            if (matcher.lookingAt() && (matcher.end() == text.length() || " :".indexOf(text.charAt(matcher.end())) >= 0)) {
                return matcher.end();
            }
        }
        return at;
    }

    /** Skips the ':' and spaces after a timestamp (Cisco writes {@code ...UTC: %SYS-5-...}). */
    private static int skip(String text, int at) {
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
        }
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private Instant timestamp(String value) throws SyslogParseException {
        try {
            Matcher bsd = BSD_TIMESTAMP.matcher(value);
            if (bsd.matches()) {
                return bsd(bsd.group(1), bsd.group(2), bsd.group(3), bsd.group(4), bsd.group(5), bsd.group(6),
                        bsd.group(7), bsd.group(8));
            }
            Matcher yearFirst = YEAR_FIRST_TIMESTAMP.matcher(value);
            if (yearFirst.matches()) {
                return bsd(yearFirst.group(2), yearFirst.group(3), yearFirst.group(1), yearFirst.group(4),
                        yearFirst.group(5), yearFirst.group(6), null, null);
            }
            return iso(value);
        } catch (DateTimeException e) {
            throw new SyslogParseException("RFC 3164 timestamp '" + value + "' is not a valid time: " + e.getMessage());
        }
    }

    private Instant bsd(String month, String day, String year, String hour, String minute, String second,
                        String fraction, String zoneName) throws SyslogParseException {
        int monthNumber = MONTHS.indexOf(month.toLowerCase(Locale.ROOT)) + 1;
        if (monthNumber == 0) {
            throw new SyslogParseException("RFC 3164 timestamp has an unknown month '" + month + "'");
        }
        ZoneId timeZone = zoneName == null ? zone : ZONES.getOrDefault(zoneName, offsetOr(zoneName));
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        int yearNumber = year != null ? Integer.parseInt(year) : ZonedDateTime.now(clock.withZone(timeZone)).getYear();
        ZonedDateTime time = LocalDateTime.of(yearNumber, monthNumber, Integer.parseInt(day), Integer.parseInt(hour),
                Integer.parseInt(minute), Integer.parseInt(second), nanos).atZone(timeZone);
        if (year == null && time.toInstant().isAfter(clock.instant().plusSeconds(86_400))) {
            time = time.minusYears(1);   // "Dec 31 23:59:59" received on January 1st
        }
        return time.toInstant();
    }

    private ZoneId offsetOr(String zoneName) {
        try {
            return ZoneOffset.of(zoneName.length() == 5 ? zoneName.substring(0, 3) + ":" + zoneName.substring(3)
                    : zoneName);
        } catch (DateTimeException e) {
            return zone;
        }
    }

    private Instant iso(String value) {
        String normalized = value.replace(',', '.').replace(' ', 'T').replace('t', 'T').replace('z', 'Z');
        try {
            return Rfc3339.parse(normalized);
        } catch (DateTimeParseException noOffset) {
            if (normalized.matches(".*[+-]\\d{4}$")) {
                int sign = normalized.length() - 5;
                return iso(normalized.substring(0, sign + 3) + ":" + normalized.substring(sign + 3));
            }
            return LocalDateTime.parse(normalized).atZone(zone).toInstant();
        }
    }
}
