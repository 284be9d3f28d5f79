package no.nav.overgang.platform.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Norwegian working days: Monday to Friday, except the public holidays (helligdager) of jollyday's Norwegian
 * calendar — the fixed ones and those that follow Easter. Every deadline counted in working days uses this.
 */
public final class WorkingDays {

    private static final HolidayManager NORWAY = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !NORWAY.isHoliday(date);
    }

    /** The {@code days}-th working day after {@code from} ({@code from} itself does not count). */
    public static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
