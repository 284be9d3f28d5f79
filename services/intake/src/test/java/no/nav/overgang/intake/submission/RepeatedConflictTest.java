package no.nav.overgang.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.source.MilestoneSubmission;
import no.nav.overgang.intake.IntakeFixtures;
import no.nav.overgang.testkit.ServiceTest;

/** Found by the fault test: a conflicting copy repeated in one batch was taken for a duplicate of the first copy. */
@ServiceTest
class RepeatedConflictTest {

    @Autowired
    MilestoneIntake intake;

    @Test
    void theSameConflictingCopyTwiceInOneBatchIsTwoConflicts() {
        MilestoneSubmission original = submission(IntakeFixtures.week39("repeated-conflict-1", "15436840087", "0315",
                "2026-03-02T09:00:00Z"));
        MilestoneSubmission conflicting = submission(IntakeFixtures.week39("repeated-conflict-1", "15436840087", "0312",
                "2026-03-02T09:00:00Z"));
        intake.record(List.of(new MilestoneIntake.Candidate(original, "test")));

        List<MilestoneIntake.Outcome> outcomes = intake.record(List.of(
                new MilestoneIntake.Candidate(conflicting, "test"), new MilestoneIntake.Candidate(conflicting, "test"),
                new MilestoneIntake.Candidate(original, "test")));

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isInstanceOf(MilestoneIntake.Outcome.Conflict.class);
        assertThat(outcomes.get(1)).isInstanceOf(MilestoneIntake.Outcome.Conflict.class);
        assertThat(outcomes.get(2)).isInstanceOf(MilestoneIntake.Outcome.Duplicate.class);
    }

    private static MilestoneSubmission submission(String json) {
        return EventJson.mapper().readValue(json, MilestoneSubmission.class);
    }
}
