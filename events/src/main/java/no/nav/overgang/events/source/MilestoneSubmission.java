package no.nav.overgang.events.source;

import java.time.Instant;

import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/**
 * A milestone as a source system submits it, over HTTP ({@code POST /api/milestones}) or on
 * {@link no.nav.overgang.events.Topics#MILESTONE_INBOUND}. The intake validates it against
 * {@code schemas/MilestoneSubmission.v1.schema.json} and turns it into a canonical
 * {@link no.nav.overgang.events.payload.MilestoneRecorded}.
 *
 * @param eventId    the source's own id for this event; the same id twice means the same event
 * @param nationalId fødselsnummer or D-number, 11 digits
 * @param office     the NAV office (4-digit enhet)
 * @param occurredAt when it happened in the case (business time)
 */
public record MilestoneSubmission(
        String eventId,
        SourceSystem source,
        MilestoneType milestone,
        String nationalId,
        String office,
        Instant occurredAt,
        MilestoneDetails details) {

    public static final String SCHEMA_RESOURCE = "schemas/MilestoneSubmission.v1.schema.json";

    @Override
    public String toString() {
        return "MilestoneSubmission[%s %s from %s, office %s]".formatted(milestone, eventId, source, office);
    }
}
