package no.nav.overgang.proof.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    private static final Set<String> KINDS = Set.of("/sider/innboks (benefits-caseworker)",
            "/sider/evaluering (evaluator)");

    @Test
    void the_warm_up_settles_when_every_page_kept_its_p95_from_one_round_to_the_next_without_errors() {
        var before = round(Map.of("/sider/innboks", 200L, "/sider/evaluering", 400L), null);

        assertThat(WarmUp.settled(before, round(Map.of("/sider/innboks", 230L, "/sider/evaluering", 350L), null),
                KINDS)).as("within 25 % of the round before").isTrue();
        assertThat(WarmUp.settled(before, round(Map.of("/sider/innboks", 120L, "/sider/evaluering", 400L), null),
                KINDS)).as("a page still getting faster").isFalse();
        assertThat(WarmUp.settled(before, round(Map.of("/sider/innboks", 200L), null), KINDS))
                .as("a page not viewed in the round").isFalse();
        assertThat(WarmUp.settled(before, round(Map.of("/sider/innboks", 200L, "/sider/evaluering", 400L),
                "timeout 30 s"), KINDS)).as("an error in the round").isFalse();
        assertThat(WarmUp.settled(round(Map.of("/sider/innboks", 10L, "/sider/evaluering", 12L), null),
                round(Map.of("/sider/innboks", 30L, "/sider/evaluering", 30L), null), KINDS))
                .as("fast pages may differ by a few milliseconds").isTrue();
    }

    @Test
    void the_warm_up_is_bounded_and_runs_before_the_measurement_by_default() {
        LoadOptions defaults = LoadOptions.parse(new String[0]);

        assertThat(defaults.warmUpUsers()).isEqualTo(8);
        assertThat(defaults.warmUpLimit()).isEqualTo(Duration.ofMinutes(3));
        assertThat(LoadOptions.parse(new String[] {"--users=3"}).warmUpUsers()).isEqualTo(3);
        assertThat(LoadOptions.parse(new String[] {"--warmup-users=0"}).warmUpUsers()).isZero();
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--warmup-seconds=3600"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--users=5", "--warmup-users=6"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A round of ten views per page, all at the given time, one of them failed with {@code error} if not null. */
    private static Map<String, PageTimes.Summary> round(Map<String, Long> millisByPage, String error) {
        PageTimes times = new PageTimes();
        millisByPage.forEach((page, millis) -> {
            String role = page.equals("/sider/innboks") ? "benefits-caseworker" : "evaluator";
            for (int i = 0; i < 10; i++) {
                times.record(role, page, millis * 1_000_000, i == 0 ? error : null);
            }
        });
        return times.summaries();
    }
}
