package no.nav.overgang.intake.submission;

import no.nav.overgang.platform.web.ConflictException;

/** A source event id that was recorded before with other content. */
public class ConflictingMilestoneException extends ConflictException {

    public ConflictingMilestoneException(String source, String sourceEventId) {
        super("event %s from %s was already recorded with other content; send corrections with a new event id"
                .formatted(sourceEventId, source));
    }
}
