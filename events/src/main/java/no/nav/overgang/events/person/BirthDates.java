package no.nav.overgang.events.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The date of birth in a Norwegian national id (fødselsnummer or D-nummer), by Skatteetaten's rules: digits 1–6
 * are day, month and two-digit year; a D-number adds 4 to the first digit (day + 40); NAV's synthetic test ids add
 * 40 to the month and Skatteetaten's synthetic ids 80; the century follows from the individual number (digits 7–9):
 * <ul>
 *   <li>000–499: 1900–1999;</li>
 *   <li>500–749 with year 54–99: 1854–1899;</li>
 *   <li>500–999 with year 00–39: 2000–2039;</li>
 *   <li>900–999 with year 40–99: 1940–1999.</li>
 * </ul>
 * Any other combination (e.g. 750–899 with year 40–99) is not issued and gives no date. The check digits are the
 * intake's concern ({@code NationalId}), not checked here. Never logs or returns the id.
 */
public final class BirthDates {

    private BirthDates() {
    }

    /** The date of birth, or empty when the id is not 11 digits or holds no valid date under the rules above. */
    public static Optional<LocalDate> of(String nationalId) {
        Optional<MonthDay> dayOfYear = monthDay(nationalId);
        if (dayOfYear.isEmpty()) {
            return Optional.empty();
        }
        int year = number(nationalId, 4, 6);
        Integer century = century(number(nationalId, 6, 9), year);
        if (century == null) {
            return Optional.empty();
        }
        try {
            // LocalDate.of, not MonthDay.atYear: 29 February of a year that is not a leap year is no date
            return Optional.of(LocalDate.of(century + year, dayOfYear.get().getMonth(),
                    dayOfYear.get().getDayOfMonth()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Day and month of birth with the D-number and synthetic offsets removed, or empty when the id is not 11 digits
     * or they are no calendar day; 29 February passes whatever the year, since the century needs the individual
     * number's rules.
     */
    public static Optional<MonthDay> monthDay(String nationalId) {
        if (nationalId == null || nationalId.length() != 11 || !nationalId.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int day = number(nationalId, 0, 2);
        int month = number(nationalId, 2, 4);
        if (day > 40) {
            day -= 40;
        }
        if (month > 80) {
            month -= 80;
        } else if (month > 40) {
            month -= 40;
        }
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return Optional.empty();
        }
        return Optional.of(MonthDay.of(month, day));
    }

    private static Integer century(int individual, int year) {
        if (individual <= 499) {
            return 1900;
        }
        if (individual <= 749 && year >= 54) {
            return 1800;
        }
        if (year <= 39) {
            return 2000;
        }
        if (individual >= 900) {
            return 1900;
        }
        return null;
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }
}
