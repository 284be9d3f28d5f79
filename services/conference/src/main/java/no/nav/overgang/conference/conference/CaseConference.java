package no.nav.overgang.conference.conference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.MeasuresAuthority;

/**
 * A case conference (samarbeidsmøte) between the NAV office, the benefits unit and a medical adviser.
 *
 * @param measuresAuthority who may record the § 12-5 assessment in this case's pilot variant
 * @param chain             the request's place in the case's chain of events, which the outcome continues
 */
public record CaseConference(
        UUID id,
        String caseKey,
        String nationalId,
        String office,
        String benefitsUnit,
        String arm,
        MeasuresAuthority measuresAuthority,
        ConferenceStatus status,
        Instant requestedAt,
        String explanation,
        List<Invitation> invitations,
        Outcome outcome,
        EventChain chain) {

    public CaseConference {
        invitations = List.copyOf(invitations);
    }

    /** The correlation id of the case's chain and the id of the event that requested the conference. */
    public record EventChain(UUID correlationId, UUID requestEventId) {
    }

    @Override
    public String toString() {
        return "CaseConference[" + id + ", office " + office + ", " + status + "]";
    }
}
