package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EventTableTest {

    @Test
    void the_radix_sort_orders_rows_as_a_comparison_sort_of_their_times_and_keeps_ties_in_input_order() {
        Random random = new Random(42);
        double[] time = new double[50_000];
        for (int i = 0; i < time.length; i++) {
            time[i] = switch (i % 4) {
                case 0 -> random.nextInt(400);
                case 1 -> random.nextDouble() * 1e6;
                case 2 -> random.nextDouble() * 1e-3;
                default -> i % 8 == 3 ? -0.0 : 0.0;
            };
        }

        int[] order = EventTable.orderByTime(time);

        double[] sorted = time.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < time.length; i++) {
            assertThat(time[order[i]] + 0.0).as("position %d", i).isEqualTo(sorted[i] + 0.0);
            if (i > 0 && time[order[i]] == time[order[i - 1]]) {
                assertThat(order[i]).as("ties stay in input order at position %d", i).isGreaterThan(order[i - 1]);
            }
        }
    }

    @Test
    void counts_events_and_censorings_per_distinct_time_and_group() {
        EventTable table = Aml.table();

        assertThat(table.times).startsWith(5, 8, 9, 12, 13);
        int at13 = Arrays.binarySearch(table.times, 13);
        assertThat(table.events[0][at13]).as("Maintained events at 13").isEqualTo(1);
        assertThat(table.censored[0][at13]).as("Maintained censored at 13").isEqualTo(1);
        assertThat(table.size).containsExactly(11, 12);
        assertThat(table.atRisk()[1][Arrays.binarySearch(table.times, 23)]).isEqualTo(6);
    }
}
