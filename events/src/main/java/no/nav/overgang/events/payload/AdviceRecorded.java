package no.nav.overgang.events.payload;

import java.util.UUID;

/** The medical adviser recorded advice (rådgivning, never a decision); its text travels only in the outcome. */
public record AdviceRecorded(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit) implements EventPayload {
}
