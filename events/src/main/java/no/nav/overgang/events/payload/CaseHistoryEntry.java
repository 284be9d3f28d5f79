package no.nav.overgang.events.payload;

import java.time.Instant;

/**
 * One entry of a case's history as the handover package carries it: a canonical milestone (with its facts) or one of
 * the coordinator's explained steps (cohort entry, arm, escalation, end). Never a national id.
 *
 * @param occurredAt  business time of the milestone or step
 * @param eventType   the event it comes from, e.g. "MilestoneRecorded" or "CaseEnteredCohort"
 * @param milestone   the milestone; only for "MilestoneRecorded"
 * @param source      the source system of a milestone
 * @param details     the milestone's facts, where it has any
 * @param explanation the coordinator's explanation of its step, e.g. why the case entered the cohort
 */
public record CaseHistoryEntry(
        Instant occurredAt,
        String eventType,
        MilestoneType milestone,
        SourceSystem source,
        MilestoneDetails details,
        String explanation) {
}
