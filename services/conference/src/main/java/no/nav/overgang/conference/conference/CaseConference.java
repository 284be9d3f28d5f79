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
        Outcome outcome) {

    public CaseConference {
        invitations = List.copyOf(invitations);
    }

    @Override
    public String toString() {
        return "CaseConference[" + id + ", office " + office + ", " + status + "]";
    }
}
