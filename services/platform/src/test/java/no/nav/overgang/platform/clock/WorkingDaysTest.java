package no.nav.overgang.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Norwegian working days for conference deadlines: weekends and public holidays (helligdager) do not count. */
class WorkingDaysTest {

    @Test
    void ten_working_days_from_an_ordinary_monday_are_two_weeks() {
        assertThat(WorkingDays.plusWorkingDays(LocalDate.parse("2026-03-02"), 10)).isEqualTo("2026-03-16");
    }

    @Test
    void easter_2026_adds_three_days_to_a_deadline_across_it() {
        // Maundy Thursday 2 April, Good Friday 3 April and Easter Monday 6 April are public holidays
        assertThat(WorkingDays.plusWorkingDays(LocalDate.parse("2026-03-30"), 10)).isEqualTo("2026-04-16");
    }

    @Test
    void the_easter_holidays_are_not_working_days_but_the_wednesday_before_is() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-04-01"))).as("Wednesday before Easter").isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-04-02"))).as("Maundy Thursday").isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-04-03"))).as("Good Friday").isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-04-06"))).as("Easter Monday").isFalse();
    }

    @Test
    void christmas_and_new_year_2026_hold_a_deadline_back_two_days() {
        // Christmas Day (Friday 25 December) and New Year's Day (Friday 1 January) are public holidays;
        // Christmas Eve is an ordinary working day in law
        assertThat(WorkingDays.plusWorkingDays(LocalDate.parse("2026-12-21"), 10)).isEqualTo("2027-01-06");
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-12-24"))).as("Christmas Eve").isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-12-25"))).as("Christmas Day").isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2027-01-01"))).as("New Year's Day").isFalse();
    }

    @Test
    void constitution_day_and_whit_monday_are_holidays() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2027-05-17"))).as("17 May 2027, a Monday").isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-05-25"))).as("Whit Monday 2026").isFalse();
    }

    @Test
    void a_request_on_a_saturday_counts_from_the_monday() {
        assertThat(WorkingDays.plusWorkingDays(LocalDate.parse("2026-03-07"), 1)).isEqualTo("2026-03-09");
    }

    @Test
    void ascension_day_is_not_a_working_day_and_two_working_days_after_the_wednesday_before_easter_is_the_tuesday_after() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-05-14"))).as("Ascension Day 2026").isFalse();
        assertThat(WorkingDays.plusWorkingDays(LocalDate.parse("2026-04-01"), 2)).isEqualTo("2026-04-08");
    }
}
