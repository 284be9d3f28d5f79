package no.nav.overgang.conference.conference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;

/**
 * A case conference (samarbeidsmøte) between the NAV office, the benefits unit and a medical adviser.
 *
 * @param measuresAuthority  who may record the § 12-5 assessment in this case's pilot variant
 * @param participants       the three invited roles and their answers to the proposed meeting
 * @param meeting            the meeting proposed or agreed; null until the office proposes one
 * @param cancellation       why it was cancelled: the code and the office's words; null unless cancelled
 * @param advice             the medical adviser's advice; null until recorded
 * @param measuresAssessment the § 12-5 assessment (tiltaksvilkår); null until recorded
 * @param chain              the request's place in the case's chain of events, which later events continue
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
        List<Participant> participants,
        Meeting meeting,
        Cancellation cancellation,
        Recorded<Advice> advice,
        Recorded<MeasuresAssessment> measuresAssessment,
        Outcome outcome,
        EventChain chain) {

    public CaseConference {
        participants = List.copyOf(participants);
    }

    public List<Invitation> invitations() {
        return participants.stream().map(Participant::invitation).toList();
    }

    public Participant participant(ParticipantRole role) {
        return participants.stream().filter(p -> p.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException(this + " has no " + role + " invitation"));
    }

    public boolean allAccepted() {
        return participants.stream().allMatch(Participant::accepted);
    }

    /** The correlation id of the case's chain and the id of the event that requested the conference. */
    public record EventChain(UUID correlationId, UUID requestEventId) {
    }

    @Override
    public String toString() {
        return "CaseConference[" + id + ", office " + office + ", " + status + "]";
    }
}
