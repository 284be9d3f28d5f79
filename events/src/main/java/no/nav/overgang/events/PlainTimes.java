package no.nav.overgang.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads dates and times in the plain shapes the source systems send ({@code 2026-03-02}, {@code 2026-03-02T10:00:00},
 * {@code 2026-04-01T08:30:00Z}, {@code ...+01:00}) digit by digit: what {@code LocalDate.parse} and its kin give for
 * them, without a formatter, which cost more than the rest of reading a source event. Any other shape, or a date
 * that does not exist, gives null, and the caller takes the general way. The intake reads source events with it, and
 * {@link EventJson} reads every envelope's times with it.
 */
public final class PlainTimes {

    private PlainTimes() {
    }

    /** {@code yyyy-MM-dd}. */
    public static LocalDate date(String text) {
        if (text.length() != 10 || !dateShape(text)) {
            return null;
        }
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, without fraction or offset. */
    public static LocalDateTime dateTime(String text) {
        if (text.length() != 19 || !dateTimeShape(text)) {
            return null;
        }
        try {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or {@code ±HH:mm}. */
    public static OffsetDateTime offsetDateTime(String text) {
        if (text.length() < 20 || !dateTimeShape(text)) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int digits = 0;
            at++;
            while (at < text.length() && digit(text.charAt(at))) {
                if (++digits > 9) {
                    return null;
                }
                nanos = nanos * 10 + text.charAt(at++) - '0';
            }
            if (digits == 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), nanos, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String text, int at) {
        if (text.length() == at + 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (text.length() != at + 6 || text.charAt(at) != '+' && text.charAt(at) != '-' || text.charAt(at + 3) != ':'
                || !digits(text, at + 1, at + 3) || !digits(text, at + 4, at + 6)) {
            return null;
        }
        int sign = text.charAt(at) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * number(text, at + 1, at + 3), sign * number(text, at + 4, at + 6));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-dd} in digits, whether or not the date exists. */
    public static boolean dateShape(String text) {
        return text.length() >= 10 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7) && text.charAt(7) == '-'
                && digits(text, 8, 10);
    }

    private static boolean dateTimeShape(String text) {
        return dateShape(text) && text.charAt(10) == 'T' && digits(text, 11, 13) && text.charAt(13) == ':'
                && digits(text, 14, 16) && text.charAt(16) == ':' && digits(text, 17, 19);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!digit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
