package no.nav.overgang.proof.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PageTimesTest {

    @Test
    void page_times_are_summarised_per_page_and_role_with_their_errors() {
        PageTimes times = new PageTimes();
        for (int i = 1; i <= 20; i++) {
            times.record("evaluator", "/sider/evaluering", i * 10_000_000L, null);
        }
        times.record("benefits-caseworker", "/sider/innboks", 5_000_000L, "HTTP 500");

        var summaries = times.summaries();

        assertThat(summaries.get("/sider/evaluering (evaluator)").p50Millis()).isEqualTo(100);
        assertThat(summaries.get("/sider/evaluering (evaluator)").p95Millis()).isEqualTo(190);
        assertThat(summaries.get("/sider/innboks (benefits-caseworker)").errors()).containsEntry("HTTP 500", 1);
        assertThat(times.views()).isEqualTo(21);
        assertThat(times.errors()).isEqualTo(1);
    }

    @Test
    void the_load_is_bounded_in_users_and_time() {
        LoadOptions defaults = LoadOptions.parse(new String[0]);

        assertThat(defaults.users()).isEqualTo(50);
        assertThat(defaults.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(LoadOptions.parse(new String[] {"--seconds=30"}).duration()).isEqualTo(Duration.ofSeconds(30));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--users=1000"}))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--minutes=120"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
