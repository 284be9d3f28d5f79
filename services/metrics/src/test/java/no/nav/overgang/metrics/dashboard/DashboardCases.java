package no.nav.overgang.metrics.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import no.nav.overgang.metrics.dataset.AnalysisCases;
import no.nav.overgang.metrics.dataset.EndType;

/**
 * Writes synthetic cases to the analysis dataset through its repository (as the event handlers do), in an office
 * of the test's own office group, so that tests sharing the database do not see each other's cases through the
 * office-group filter. Case keys are random hex, as pseudonymous as the real ones.
 */
final class DashboardCases {

    static final LocalDate START = LocalDate.of(2025, 1, 6);
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    /** as the events carry them; null: no band (unknown) */
    private static final String[] AGE_BANDS = {"UNDER_30", "FROM_30_TO_39", "FROM_40_TO_49", "FROM_50_TO_59",
            "FROM_60", null};

    private DashboardCases() {
    }

    /** @return the case keys written */
    static List<String> write(AnalysisCases cases, String office, int n, long seed) {
        Random random = new Random(seed);
        String[] arms = {"control", "control", "pilot-office", "pilot-unit"};
        String[] clarified = {"DISABILITY_GRANTED", "RETURNED_TO_WORK", "WORK_ASSESSMENT_GRANTED"};
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = UUID.randomUUID().toString().replace("-", "");
            String arm = arms[random.nextInt(arms.length)];
            boolean pilot = !arm.equals("control");
            String source = random.nextBoolean() ? "SYKEPENGER" : "AAP";
            LocalDate index = START.plusDays(random.nextInt(360));
            LocalDate end = index.plusDays(1 + (long) (-Math.log(random.nextDouble()) * (pilot ? 150 : 200)));
            cases.entered(key, source, office, source + "|" + office, index,
                    AGE_BANDS[random.nextInt(AGE_BANDS.length)]);
            cases.assigned(key, arm, pilot);
            if (!end.isAfter(AS_OF)) {
                double kind = random.nextDouble();
                if (kind < 0.05) {
                    cases.ended(key, arm, index, end, EndType.COMPETING_EVENT, "DIED");
                } else if (kind < 0.15) {
                    cases.ended(key, arm, index, end, EndType.CENSORED, "MOVED_OUTSIDE_PILOT");
                } else {
                    cases.ended(key, arm, index, end, EndType.CLARIFIED, clarified[random.nextInt(clarified.length)]);
                }
            }
            keys.add(key);
        }
        return keys;
    }
}
