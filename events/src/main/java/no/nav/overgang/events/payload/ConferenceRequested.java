package no.nav.overgang.events.payload;

import java.util.Objects;
import java.util.UUID;

/**
 * The coordinator asks for a case conference for a pilot case.
 *
 * @param conferenceId chosen by the coordinator, so that a repeated request names the same conference
 * @param nationalId   the conference participants need to know whose case it is
 * @param explanation  why the conference is requested, in one sentence
 */
public record ConferenceRequested(
        UUID conferenceId,
        String arm,
        MeasuresAuthority measuresAuthority,
        String office,
        String nationalId,
        String explanation) implements EventPayload {

    public ConferenceRequested {
        Objects.requireNonNull(conferenceId, "conferenceId");
        Objects.requireNonNull(nationalId, "nationalId");
    }

    @Override
    public String toString() {
        return "ConferenceRequested[%s, arm %s, office %s]".formatted(conferenceId, arm, office);
    }
}
