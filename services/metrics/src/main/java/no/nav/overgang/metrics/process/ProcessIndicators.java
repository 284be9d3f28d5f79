package no.nav.overgang.metrics.process;

import java.time.LocalDate;
import java.util.List;

/**
 * The process indicators of the pilot (issue 6), per arm (pilot variant or control): aggregates only, never per
 * employee or per person. A cell of 1 to {@code smallestShownCell − 1} cases is suppressed: its numbers are null and
 * {@code suppressed} is true (0 is shown: it singles no one out).
 *
 * @param asOf        steps up to the end of this business date count; null: everything processed so far
 * @param arms        one entry per arm that has conferences or handovers, by arm id
 * @param deadLetters dead letters of every internal consumer, by reason (not per arm: a dead letter belongs to no
 *                    known case)
 */
public record ProcessIndicators(LocalDate asOf, int smallestShownCell, List<ArmProcess> arms,
                                List<ReasonCount> deadLetters) {

    /**
     * @param daysToConferenceRequested          calendar days from cohort entry (index date) to the case's first
     *                                           conference request
     * @param daysToConferenceHeld               calendar days from cohort entry to its first held conference
     * @param attendance                         of the held conferences, the share where each role attended
     * @param handoverAcknowledgementWorkingDays Norwegian working days from receipt to acknowledgement
     * @param acknowledgedWithinTwoWorkingDays   of the acknowledged handovers, those acknowledged within 2 working
     *                                           days (the target)
     * @param handoversReturned                  of the handovers received, those returned to the office
     */
    public record ArmProcess(String arm, Distribution daysToConferenceRequested, Distribution daysToConferenceHeld,
                             Attendance attendance, Distribution handoverAcknowledgementWorkingDays,
                             Share acknowledgedWithinTwoWorkingDays, Share handoversReturned) {
    }

    /** Median and quartiles (linear interpolation between order statistics, R's type 7) of {@code n} values. */
    public record Distribution(Long n, Double median, Double p25, Double p75, boolean suppressed) {
    }

    /** {@code count} of {@code of}, and their ratio. */
    public record Share(Long count, Long of, Double share, boolean suppressed) {
    }

    /**
     * A role counts as attending a held conference when its last answer to the meeting time before the conference
     * was held was an acceptance (the events carry no attendance register).
     */
    public record Attendance(Long heldConferences, boolean suppressed, Share navOffice, Share benefitsUnit,
                             Share medicalAdviser) {
    }

    public record ReasonCount(String reason, Long count, boolean suppressed) {
    }
}
