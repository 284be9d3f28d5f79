package no.nav.overgang.coordinator.cohort;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import no.nav.overgang.coordinator.cases.CaseMilestone;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.events.payload.SourceSystem;

/**
 * The benefit the person was on when the case entered — sykepenger or AAP — which is the source-benefit half of the
 * randomisation stratum (docs/PILOT.md, "Strata"). A milestone from either system names it; a milestone from
 * elsewhere (a disability claim from the uføretrygd system) takes it from the latest sykepenger or AAP milestone in the
 * case's history up to then; without one it is unknown, and the stratum is {@value #UNKNOWN}.
 *
 * @param benefit what {@code CaseEnteredCohort.sourceBenefit} carries: the benefit when known, else the system the
 *                entering milestone came from
 * @param known   whether the benefit is known
 * @param basis   why, in a few words, for the timeline
 */
public record SourceBenefit(SourceSystem benefit, boolean known, String basis) {

    public static final String UNKNOWN = "UNKNOWN";

    /** @param history the case's milestones; those after {@code at} are not looked at */
    public static SourceBenefit of(SourceSystem enteringSource, Instant at, List<CaseMilestone> history) {
        if (isBenefit(enteringSource)) {
            return new SourceBenefit(enteringSource, true, "the entering milestone is from " + enteringSource);
        }
        return history.stream()
                .filter(m -> isBenefit(m.sourceSystem()) && !m.occurredAt().isAfter(at))
                .max(Comparator.comparing(CaseMilestone::occurredAt))
                .map(m -> new SourceBenefit(m.sourceSystem(), true, "the latest %s milestone before entry (%s on %s)"
                        .formatted(m.sourceSystem(), m.milestone(), PilotCase.date(m.occurredAt()))))
                .orElseGet(() -> new SourceBenefit(enteringSource, false,
                        "no sykepenger or AAP milestone before entry, so the benefit is unknown"));
    }

    /** The randomisation stratum: source benefit (or {@value #UNKNOWN}) × office. */
    public String stratum(String office) {
        return (known ? benefit.name() : UNKNOWN) + "|" + office;
    }

    private static boolean isBenefit(SourceSystem source) {
        return source == SourceSystem.SYKEPENGER || source == SourceSystem.AAP;
    }
}
