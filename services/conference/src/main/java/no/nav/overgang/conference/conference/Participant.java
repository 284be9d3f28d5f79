package no.nav.overgang.conference.conference;

import java.time.Instant;

import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.ParticipantRole;

/**
 * One of the three invited roles and its answer to the meeting time proposed last.
 *
 * @param unit             the office, benefits unit or medical adviser pool whose staff fills the role
 * @param proposedStartsAt the other time this role proposed, when the answer is {@code PROPOSED_OTHER_TIME}
 * @param answeredBy       the NAV ident of who answered; null while pending
 */
public record Participant(ParticipantRole role, String unit, InvitationAnswer answer, Instant proposedStartsAt,
                          String answeredBy) {

    public Invitation invitation() {
        return new Invitation(role, unit);
    }

    public boolean accepted() {
        return answer == InvitationAnswer.ACCEPTED;
    }
}
