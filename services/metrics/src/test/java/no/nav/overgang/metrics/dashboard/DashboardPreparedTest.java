package no.nav.overgang.metrics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.metrics.dataset.AnalysisCases;
import no.nav.overgang.testkit.ServiceTest;

/**
 * New analysis data reaches the evaluators' page with its unfiltered view already computed: the first evaluator
 * after new data does not wait for the analysis (docs/PERFORMANCE.md, "Load").
 */
@ServiceTest
class DashboardPreparedTest {

    @Autowired
    AnalysisSnapshots snapshots;

    @Autowired
    Dashboard dashboard;

    @Autowired
    AnalysisCases cases;

    @Autowired
    DashboardProperties properties;

    @Autowired
    Clock clock;

    @Test
    void a_reloaded_snapshot_is_published_with_todays_unfiltered_view_computed() {
        long before = snapshots.current().version;

        DashboardCases.write(cases, "9931", 12, 5);

        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.current().version != before);
        long version = snapshots.current().version;
        DashboardFilter unfiltered = DashboardFilter.unfiltered(LocalDate.now(clock.withZone(Dashboard.OSLO)),
                properties.tauDays());
        assertThat(dashboard.holds(unfiltered, version))
                .as("the unfiltered view of the version requests now see was computed before they saw it").isTrue();
        assertThat(dashboard.holds(DashboardFilter.unfiltered(LocalDate.now(clock.withZone(Dashboard.OSLO)),
                properties.tauDays() + 1), version)).as("only the unfiltered view is prepared").isFalse();
    }
}
