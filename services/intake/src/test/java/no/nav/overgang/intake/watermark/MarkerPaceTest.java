package no.nav.overgang.intake.watermark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** How often the intake announces its watermark: always when read to the end, else paced. */
class MarkerPaceTest {

    private final TestClock clock = new TestClock();
    private final MarkerPace pace = new MarkerPace(new WatermarkProperties(Duration.ofMillis(200), 100), clock);

    @Test
    void the_first_markers_go_at_once_and_the_next_wait_for_the_interval_while_input_is_unread() {
        assertThat(pace.due(false)).as("before any markers").isTrue();
        pace.announced();
        clock.advance(Duration.ofMillis(199));
        assertThat(pace.due(false)).as("199 ms later, with unread input").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(pace.due(false)).as("200 ms later").isTrue();
    }

    @Test
    void every_input_read_to_its_end_announces_at_once() {
        pace.announced();
        assertThat(pace.due(true)).isTrue();
    }

    @Test
    void enough_milestones_since_the_last_markers_announce_before_the_interval() {
        pace.announced();
        pace.recorded(99);
        assertThat(pace.due(false)).isFalse();
        pace.recorded(1);
        assertThat(pace.due(false)).isTrue();
        pace.announced();
        assertThat(pace.due(false)).as("the count starts again").isFalse();
    }

    @Test
    void a_zero_interval_announces_after_every_batch_and_nonsense_is_refused() {
        MarkerPace always = new MarkerPace(new WatermarkProperties(Duration.ZERO, 5000), clock);
        always.announced();
        assertThat(always.due(false)).isTrue();
        assertThatThrownBy(() -> new WatermarkProperties(Duration.ofMillis(-1), 5000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WatermarkProperties(Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class TestClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
