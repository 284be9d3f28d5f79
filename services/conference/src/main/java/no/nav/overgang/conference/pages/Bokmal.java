package no.nav.overgang.conference.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates and times as the pages show and read them: Norwegian format, Norwegian time. */
public final class Bokmal {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(OSLO));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
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
