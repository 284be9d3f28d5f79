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
 * case's history up to then; without one it is {@link Benefit#UNKNOWN}, never the system the claim came from.
 *
 * @param benefit what {@code CaseEnteredCohort.sourceBenefit} carries, whose type (the contract's source systems)
 *                has no "unknown": the benefit when known, else the system the entering milestone came from. Read
 *                {@link #stratumBenefit()} for what the person was on
 * @param known   whether the benefit is known
 * @param basis   why, in a few words, for the timeline
 */
public record SourceBenefit(SourceSystem benefit, boolean known, String basis) {

    /** The source benefit as the stratum names it: what the person was on, or that no milestone tells. */
    public enum Benefit {
        /** Sykepenger (sickness benefit). */
        SYKEPENGER,
        /** Arbeidsavklaringspenger (work assessment allowance). */
        AAP,
        /** Neither a sykepenger nor an AAP milestone before entry: not known, and not guessed. */
        UNKNOWN
    }

    public static final String UNKNOWN = Benefit.UNKNOWN.name();

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

    /** What the person was on: sykepenger, AAP, or {@link Benefit#UNKNOWN} (also for any other system). */
    public Benefit stratumBenefit() {
        if (!known) {
            return Benefit.UNKNOWN;
        }
        return switch (benefit) {
            case SYKEPENGER -> Benefit.SYKEPENGER;
            case AAP -> Benefit.AAP;
            default -> Benefit.UNKNOWN;
        };
    }

    /** The randomisation stratum: source benefit (or {@value #UNKNOWN}) × office. */
    public String stratum(String office) {
        return stratumBenefit().name() + "|" + office;
    }

    private static boolean isBenefit(SourceSystem source) {
        return source == SourceSystem.SYKEPENGER || source == SourceSystem.AAP;
    }
}
