package io.flumeconnect.sources.syslog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * RFC 3339 timestamps as syslog senders write them. The shape nearly every sender uses,
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)}, is read by hand: {@link DateTimeFormatter} costs a
 * dozen allocations and most of a message's parsing time. Anything else goes to
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, so both accept and refuse the same strings.
 */
final class Rfc3339 {
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10,
            1};

    private Rfc3339() {
    }

    /**
     * The instant of {@code value}.
     *
     * @throws DateTimeException when it is not an ISO offset date-time
     */
    static Instant parse(String value) {
        Instant fast = parseCommonShape(value);
        return fast != null ? fast : OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    /** The instant of the common shape, or null when {@code value} has another shape or an impossible date. */
    private static Instant parseCommonShape(String s) {
        int length = s.length();
        if (length < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (s.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isDigit(s.charAt(at))) {
                at++;
            }
            if (at == start || at >= length || isDigit(s.charAt(at))) {
                return null;
            }
            nanos = digits(s, start, at - start) * NANO_SCALE[at - start];
        }
        int offsetSeconds = offsetSeconds(s, at);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException impossibleDate) {
            return null;
        }
        long seconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The offset at {@code at} when it runs to the end ({@code Z}, {@code +HH:MM}, {@code -HH:MM}), else MIN_VALUE. */
    private static int offsetSeconds(String s, int at) {
        int rest = s.length() - at;
        char sign = s.charAt(at);
        if (rest == 1 && sign == 'Z') {
            return 0;
        }
        if (rest != 6 || (sign != '+' && sign != '-') || s.charAt(at + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(s, at + 1, 2);
        int minutes = digits(s, at + 4, 2);
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59 || (hours == 18 && minutes > 0)) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
