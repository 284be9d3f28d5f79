package no.nav.overgang.conference.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import no.nav.overgang.conference.scheduling.Window;

/** Dates and times as the pages show and read them: Norwegian format, Norwegian time. */
public final class Bokmal {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("H:mm");

    public String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(OSLO));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "11.03.2026 kl. 09:00–11:30" (or with the end's date when it ends another day). */
    public String window(Window window) {
        ZonedDateTime from = window.from().atZone(OSLO);
        ZonedDateTime to = window.to().atZone(OSLO);
        return DATE_TIME.format(from) + "–" + (to.toLocalDate().equals(from.toLocalDate()) ? CLOCK.format(to)
                : DATE_TIME.format(to));
    }

    /** A time as the time fields read it: "2026-03-11 13:00". */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(OSLO));
    }

    /** Reads "2026-03-11 09:00-11:30" (Norwegian time) as a window on that day. */
    static Window parseWindow(String text, String field) {
        String[] parts = text.strip().split("\\s*[-–]\\s*(?=\\d{1,2}:\\d{2}$)");
        try {
            if (parts.length == 2) {
                LocalDateTime from = LocalDateTime.parse(parts[0], INPUT);
                LocalTime until = LocalTime.parse(parts[1], UNTIL);
                return new Window(from.atZone(OSLO).toInstant(), from.toLocalDate().atTime(until).atZone(OSLO)
                        .toInstant());
            }
        } catch (DateTimeParseException e) {
            // the message below says how to write it
        }
        throw new PageInputException(field + ": skriv dato, fra og til slik: 2026-03-11 09:00-11:30");
    }

    /** Reads "2026-03-11 13:00", Norwegian time; null when blank. */
    static Instant parseTime(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), INPUT).atZone(OSLO).toInstant();
        } catch (DateTimeParseException e) {
            throw new PageInputException(field + ": skriv dato og klokkeslett slik: 2026-03-11 13:00");
        }
    }

    /** Reads "2026-05-04"; null when blank. */
    static LocalDate parseDate(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new PageInputException(field + ": skriv datoen slik: 2026-05-04");
        }
    }

    /** Input on a page that cannot be used; the page is shown again with the message. */
    static final class PageInputException extends RuntimeException {

        PageInputException(String message) {
            super(message);
        }
    }
}
