package no.nav.overgang.events.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Skatteetaten's rules for the date of birth in a national id, on synthetic ids only (month + 40 or + 80). */
class BirthDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // NAV's synthetic ids (month + 40), individual numbers 000-499: the 1900s
            "15436840087, 1968-03-15",
            "02447140090, 1971-04-02",
            "31525940023, 1959-12-31",
            // Skatteetaten's synthetic ids (month + 80)
            "15836840087, 1968-03-15",
            // D-number (first digit + 4, i.e. day + 40) with a synthetic month
            "55436840087, 1968-03-15",
            "71525940023, 1959-12-31",
            // 500-749 with year 54-99: the 1800s
            "01415560000, 1855-01-01",
            "01419974900, 1899-01-01",
            // 500-999 with year 00-39: the 2000s
            "01410550000, 2005-01-01",
            "01413999900, 2039-01-01",
            // 900-999 with year 40-99: the 1900s
            "01417095000, 1970-01-01",
            "01414099900, 1940-01-01",
            // 000-499 with a year below 40 is still the 1900s
            "01410549900, 1905-01-01",
            // 29 February in a leap year
            "29420050000, 2000-02-29",
            "29424040000, 1940-02-29"
    })
    void reads_the_date_of_birth_with_the_century_from_the_individual_number(String id, LocalDate birth) {
        assertThat(BirthDates.of(id)).contains(birth);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "01417080000",  // 750-899 with year 40-99 is not issued
            "01415350000",  // 500-749 with year 40-53 is not issued
            "30424000000",  // 30 February
            "29420000000",  // 29 February 1900
            "01534000000",  // month 13 after removing 40
            "00414000000",  // day 0
            "0143684008",   // 10 digits
            "0143684008X"   // not digits
    })
    void gives_no_date_where_the_rules_give_none(String id) {
        assertThat(BirthDates.of(id)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void gives_no_date_without_an_id(String id) {
        assertThat(BirthDates.of(id)).isEmpty();
    }
}
