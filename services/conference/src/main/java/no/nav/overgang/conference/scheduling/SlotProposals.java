package no.nav.overgang.conference.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.clock.WorkingDays;

/**
 * Proposes meeting times from the participants' declared availability: the times all three roles declared, on a
 * working day from {@code from} up to the last day to schedule the conference in time, earliest first. It proposes;
 * the NAV office adviser picks one (or another time) and the participants answer it.
 */
public final class SlotProposals {

    private SlotProposals() {
    }

    public static List<Instant> propose(Map<ParticipantRole, ? extends Collection<Instant>> availability,
                                        Instant from, LocalDate scheduleBy, ZoneId zone, int atMost) {
        if (!availability.keySet().containsAll(Set.of(ParticipantRole.values()))) {
            return List.of();
        }
        TreeSet<Instant> shared = new TreeSet<>(availability.get(ParticipantRole.NAV_OFFICE));
        for (ParticipantRole role : ParticipantRole.values()) {
            shared.retainAll(Set.copyOf(availability.get(role)));
        }
        return shared.stream()
                .filter(slot -> !slot.isBefore(from))
                .filter(slot -> {
                    LocalDate day = slot.atZone(zone).toLocalDate();
                    return WorkingDays.isWorkingDay(day) && !day.isAfter(scheduleBy);
                })
                .limit(atMost)
                .toList();
    }
}
