package no.nav.overgang.events.payload;

import java.util.UUID;

/** The § 12-5 assessment (tiltaksvilkår) was recorded by the role the pilot variant gives that authority. */
public record MeasuresAssessmentRecorded(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit,
        MeasuresAuthority measuresAuthority,
        MeasuresAssessmentResult result) implements EventPayload {
}
