package io.flumeconnect.transforms.interceptor;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/** Turns the time found in a record (a number, a Connect Timestamp/Date, or a text) into epoch milliseconds. */
final class TimeParser {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_DATE_TIME;

    private final DateTimeFormatter format;
    private final ZoneId zone;

    /** {@code format} {@code null}: a text is epoch milliseconds or ISO-8601. */
    TimeParser(DateTimeFormatter format, ZoneId zone) {
        this.format = format;
        this.zone = zone;
    }

    /** Epoch milliseconds; {@link DateTimeException} when {@code raw} holds no time this parser understands. */
    long millis(Object raw) {
        if (raw instanceof Number number) {
            return number.longValue();
        }
        if (raw instanceof Date date) {
            return date.getTime();
        }
        if (raw == null) {
            throw new DateTimeException("no time in the record");
        }
        String text = raw instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : raw.toString();
        return format != null ? parse(format, text) : parseDefault(text.trim());
    }

    private long parseDefault(String text) {
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new DateTimeException("'" + text + "' is out of range for epoch milliseconds");
            }
        }
        return parse(ISO.withZone(zone), text);
    }

    private long parse(DateTimeFormatter formatter, String text) {
        TemporalAccessor parsed = formatter.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
        Instant instant = parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
                : parsed instanceof LocalDateTime local ? local.atZone(zone).toInstant()
                : ((LocalDate) parsed).atStartOfDay(zone).toInstant();
        return instant.toEpochMilli();
    }
}
