package no.nav.overgang.conference.conference;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import no.nav.overgang.events.payload.InvitationAnswer;

/**
 * A role's answer to the proposed meeting time.
 *
 * @param proposedStartsAt the other time, given exactly when the answer is {@code PROPOSED_OTHER_TIME}
 */
public record Answer(@NotNull InvitationAnswer answer, Instant proposedStartsAt) {

    @JsonIgnore
    @AssertTrue(message = "answer ACCEPTED, DECLINED or PROPOSED_OTHER_TIME; give proposedStartsAt with "
            + "PROPOSED_OTHER_TIME and only then")
    public boolean isComplete() {
        return answer != InvitationAnswer.PENDING
                && (answer == InvitationAnswer.PROPOSED_OTHER_TIME) == (proposedStartsAt != null);
    }
}
