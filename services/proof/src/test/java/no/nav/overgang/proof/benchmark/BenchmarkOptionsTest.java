package no.nav.overgang.proof.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void defaults_run_all_five_services_as_processes_with_the_ceilings() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[0]);

        assertThat(options.only()).containsExactlyElementsOf(SystemUnderTest.SERVICES);
        assertThat(options.inProcess()).isFalse();
        assertThat(options.ceilings()).isTrue();
        assertThat(options.rate()).isEqualTo(1000);
        assertThat(options.partitions()).isEqualTo(6);
    }

    @Test
    void the_intake_alone_in_process_without_ceilings() {
        BenchmarkOptions options = BenchmarkOptions.parse(
                new String[] {"--only=intake", "--in-process", "--ceilings=false", "--cases=10"});

        assertThat(options.only()).containsExactly("intake");
        assertThat(options.fullPipeline()).isFalse();
        assertThat(options.inProcess()).isTrue();
        assertThat(options.ceilings()).isFalse();
        assertThat(options.cases()).isEqualTo(10);
    }

    @Test
    void unknown_arguments_and_services_without_the_intake_are_refused() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--speed=max"}))
                .hasMessageContaining("unknown argument --speed");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--only=coordinator"}))
                .hasMessageContaining("includes intake");
    }

    @Test
    void the_late_path_is_measured_only_after_a_warm_up_that_moves_the_watermark() {
        assertThat(BenchmarkOptions.parse(new String[0]).late()).isFalse();
        assertThat(BenchmarkOptions.parse(new String[] {"--late=true", "--warmup-cases=100"}).late()).isTrue();
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--late=true"}))
                .hasMessageContaining("needs --warmup-cases");
    }

    @Test
    void percentiles_of_the_latencies_are_nearest_rank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        LatencyProbe.Result result = new LatencyProbe.Result(1000, nanos);

        assertThat(result.percentileMillis(50)).isEqualTo(50);
        assertThat(result.percentileMillis(99)).isEqualTo(99);
        assertThat(result.percentileMillis(100)).isEqualTo(100);
        assertThat(new LatencyProbe.Result(1000, new long[0]).percentileMillis(99)).isNaN();
    }
}
