package io.flumeconnect.sinks.file.template;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Flume's {@code round}, {@code roundValue}, {@code roundUnit}: the event time is rounded down to the
 * last multiple of {@code value} units, in the template's time zone (so {@code 15 minute} gives
 * {@code :00 :15 :30 :45}, and {@code 6 hour} gives 00, 06, 12, 18 local time).
 */
public final class TimeRounding {
    /** Units a time can be rounded to, as written in configuration (case-insensitive). */
    public enum Unit {
        SECOND(ChronoField.SECOND_OF_MINUTE, ChronoUnit.SECONDS, 60),
        MINUTE(ChronoField.MINUTE_OF_HOUR, ChronoUnit.MINUTES, 60),
        HOUR(ChronoField.HOUR_OF_DAY, ChronoUnit.HOURS, 24),
        DAY(ChronoField.DAY_OF_MONTH, ChronoUnit.DAYS, 31);

        final ChronoField field;
        final ChronoUnit unit;
        final int range;

        Unit(ChronoField field, ChronoUnit unit, int range) {
            this.field = field;
            this.unit = unit;
            this.range = range;
        }

        public static Unit of(String configured) {
            return valueOf(configured.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** No rounding. */
    public static final TimeRounding NONE = new TimeRounding(1, null);

    private final int value;
    private final Unit unit;

    private TimeRounding(int value, Unit unit) {
        this.value = value;
        this.unit = unit;
    }

    /** Rounds down to multiples of {@code value} {@code unit}s; {@code value} must be 1 or more and fit the unit. */
    public static TimeRounding down(int value, Unit unit) {
        if (value < 1 || value > unit.range) {
            throw new IllegalArgumentException("a round value of " + value + " " + unit.name().toLowerCase(Locale.ROOT)
                    + "(s) is not between 1 and " + unit.range);
        }
        return new TimeRounding(value, unit);
    }

    public ZonedDateTime apply(long epochMillis, ZoneId zone) {
        ZonedDateTime time = Instant.ofEpochMilli(epochMillis).atZone(zone);
        if (unit == null) {
            return time;
        }
        ZonedDateTime truncated = time.truncatedTo(unit.unit);
        int current = truncated.get(unit.field);
        int base = unit == Unit.DAY ? 1 : 0;
        return truncated.with(unit.field, current - (current - base) % value);
    }
}
