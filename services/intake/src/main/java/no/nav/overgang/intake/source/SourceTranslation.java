package no.nav.overgang.intake.source;

import no.nav.overgang.events.source.MilestoneSubmission;

/** What a source event means for the pilot: a canonical milestone, or nothing. */
public sealed interface SourceTranslation {

    record Milestone(MilestoneSubmission submission) implements SourceTranslation {
    }

    /** A valid source event that is not a milestone (e.g. an ordinary sickness-benefit payment). */
    record NotAMilestone(String why) implements SourceTranslation {
    }
}
