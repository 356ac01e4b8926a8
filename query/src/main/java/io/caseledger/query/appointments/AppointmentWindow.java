package io.caseledger.query.appointments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which appointments a schedule shows: those still scheduled today or this ISO week (Monday 00:00 to
 * the next Monday 00:00, UTC), earliest first; or those missed, latest first, whenever they were.
 */
public enum AppointmentWindow {
    TODAY, WEEK, MISSED;

    public String parameter() {
        return name().toLowerCase();
    }

    public static Optional<AppointmentWindow> of(String parameter) {
        return Arrays.stream(values()).filter(w -> w.parameter().equals(parameter)).findFirst();
    }

    /** Where the window starts on {@code today}; null for missed, which has no bounds. */
    public Instant from(LocalDate today) {
        return switch (this) {
            case TODAY -> today.atStartOfDay(ZoneOffset.UTC).toInstant();
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
            case MISSED -> null;
        };
    }

    /** Where the window ends (exclusive) on {@code today}; null for missed. */
    public Instant until(LocalDate today) {
        return switch (this) {
            case TODAY -> today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            case WEEK -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
            case MISSED -> null;
        };
    }
}
