package no.nav.overgang.coordinator.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.nav.overgang.coordinator.cases.CaseMilestone;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/** The source-benefit stratum: the benefit the person was on, as far as the case's history tells. */
class SourceBenefitTest {

    private static final Instant CLAIM = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void a_milestone_from_sickness_benefit_or_aap_names_its_benefit() {
        assertThat(SourceBenefit.of(SourceSystem.AAP, CLAIM, List.of()).stratum("0315")).isEqualTo("AAP|0315");
        assertThat(SourceBenefit.of(SourceSystem.SYKEPENGER, CLAIM, List.of()).stratum("0315"))
                .isEqualTo("SYKEPENGER|0315");
    }

    @Test
    void a_disability_claim_from_the_ufore_system_takes_the_latest_benefit_before_it() {
        var history = List.of(milestone(SourceSystem.SYKEPENGER, MilestoneType.SICK_LEAVE_STARTED, days(-400)),
                milestone(SourceSystem.AAP, MilestoneType.AAP_GRANTED, days(-100)),
                milestone(SourceSystem.UFORETRYGD, MilestoneType.DISABILITY_CLAIM_RECEIVED, days(0)));

        SourceBenefit benefit = SourceBenefit.of(SourceSystem.UFORETRYGD, CLAIM, history);

        assertThat(benefit.benefit()).isEqualTo(SourceSystem.AAP);
        assertThat(benefit.stratum("0315")).isEqualTo("AAP|0315");
        assertThat(benefit.basis()).isEqualTo("the latest AAP milestone before entry (AAP_GRANTED on 2025-11-22)");
    }

    @Test
    void a_benefit_milestone_after_the_claim_does_not_count() {
        var history = List.of(milestone(SourceSystem.SYKEPENGER, MilestoneType.SICK_LEAVE_STARTED, days(-200)),
                milestone(SourceSystem.AAP, MilestoneType.AAP_GRANTED, days(5)));

        assertThat(SourceBenefit.of(SourceSystem.UFORETRYGD, CLAIM, history).stratum("0315"))
                .isEqualTo("SYKEPENGER|0315");
    }

    @Test
    void without_a_sickness_benefit_or_aap_milestone_the_stratum_is_unknown() {
        var history = List.of(milestone(SourceSystem.FOLKEREGISTER, MilestoneType.MOVED_OFFICE, days(-30)));

        SourceBenefit benefit = SourceBenefit.of(SourceSystem.UFORETRYGD, CLAIM, history);

        assertThat(benefit.known()).isFalse();
        assertThat(benefit.stratumBenefit()).isEqualTo(SourceBenefit.Benefit.UNKNOWN);
        assertThat(benefit.stratum("0315")).isEqualTo("UNKNOWN|0315");
        assertThat(benefit.benefit()).as("the event's sourceBenefit: the system the claim came from")
                .isEqualTo(SourceSystem.UFORETRYGD);
    }

    @Test
    void a_case_with_only_a_disability_claim_is_never_stratified_as_disability_benefit() {
        SourceBenefit benefit = SourceBenefit.of(SourceSystem.UFORETRYGD, CLAIM, List.of(
                milestone(SourceSystem.UFORETRYGD, MilestoneType.DISABILITY_CLAIM_RECEIVED, days(0))));

        assertThat(benefit.stratum("0315")).isEqualTo("UNKNOWN|0315").doesNotContain("UFORETRYGD");
        assertThat(benefit.basis()).isEqualTo("no sykepenger or AAP milestone before entry, so the benefit is unknown");
    }

    @Test
    void a_benefit_from_another_system_is_unknown_even_when_marked_known() {
        assertThat(new SourceBenefit(SourceSystem.UFORETRYGD, true, "").stratumBenefit())
                .isEqualTo(SourceBenefit.Benefit.UNKNOWN);
        assertThat(new SourceBenefit(SourceSystem.AAP, true, "").stratumBenefit()).isEqualTo(SourceBenefit.Benefit.AAP);
    }

    private static Instant days(int days) {
        return CLAIM.plus(Duration.ofDays(days));
    }

    private static CaseMilestone milestone(SourceSystem source, MilestoneType type, Instant at) {
        return new CaseMilestone(UUID.randomUUID(), type, source, "0315", at, MilestoneDetails.none());
    }
}
