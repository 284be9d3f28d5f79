package no.nav.overgang.conference.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.clock.WorkingDays;

/**
 * Proposes meeting times from the participants' declared availability windows: starts, on the hour or half hour
 * ({@code step}), of a meeting of the configured length that fits inside a window of every one of the three roles,
 * on a working day from {@code from} up to the last day to schedule the conference in time, earliest first. It
 * proposes; the NAV office adviser picks one (or another time) and the participants answer it.
 */
public final class SlotProposals {

    private SlotProposals() {
    }

    public static List<Instant> propose(Map<ParticipantRole, ? extends Collection<Window>> availability,
                                        Instant from, LocalDate scheduleBy, ZoneId zone, Duration length,
                                        Duration step, int atMost) {
        if (!availability.keySet().containsAll(Set.of(ParticipantRole.values()))) {
            return List.of();
        }
        List<Window> shared = merged(availability.get(ParticipantRole.NAV_OFFICE));
        for (ParticipantRole role : ParticipantRole.values()) {
            shared = intersection(shared, merged(availability.get(role)));
        }
        List<Instant> slots = new ArrayList<>();
        for (Window window : shared) {
            Instant start = roundUp(window.from().isBefore(from) ? from : window.from(), step);
            for (; window.fits(start, length) && slots.size() < atMost; start = start.plus(step)) {
                LocalDate day = start.atZone(zone).toLocalDate();
                if (day.isAfter(scheduleBy)) {
                    return slots;
                }
                if (WorkingDays.isWorkingDay(day)) {
                    slots.add(start);
                }
            }
        }
        return slots;
    }

    /** The windows sorted, overlapping or touching ones joined. */
    private static List<Window> merged(Collection<Window> windows) {
        List<Window> sorted = windows.stream().sorted(Comparator.comparing(Window::from)).toList();
        List<Window> merged = new ArrayList<>();
        for (Window w : sorted) {
            Window last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !w.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, new Window(last.from(), w.to().isAfter(last.to()) ? w.to() : last.to()));
            } else {
                merged.add(w);
            }
        }
        return merged;
    }

    /** Where two sorted, disjoint lists of windows overlap. */
    private static List<Window> intersection(List<Window> a, List<Window> b) {
        List<Window> both = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Instant start = a.get(i).from().isAfter(b.get(j).from()) ? a.get(i).from() : b.get(j).from();
            Instant end = a.get(i).to().isBefore(b.get(j).to()) ? a.get(i).to() : b.get(j).to();
            if (start.isBefore(end)) {
                both.add(new Window(start, end));
            }
            if (a.get(i).to().isBefore(b.get(j).to())) {
                i++;
            } else {
                j++;
            }
        }
        return both;
    }

    private static Instant roundUp(Instant instant, Duration step) {
        long stepSeconds = step.toSeconds();
        long seconds = Math.ceilDiv(instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0), stepSeconds);
        return Instant.ofEpochSecond(seconds * stepSeconds);
    }
}
