package no.nav.overgang.metrics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** No hidden count can be worked out from a shown total and the shown counts beside it. */
class SecondarySuppressionTest {

    private static final SmallCells CELLS = new SmallCells(5, 20);

    @Test
    void a_lone_small_count_takes_the_smallest_other_count_of_its_row_and_column_with_it() {
        long[][] counts = {
                {40, 12, 9},
                {30, 3, 50},
                {0, 0, 7}};

        boolean[][] hidden = SecondarySuppression.hidden(counts, CELLS).cells();

        // the 3 is 83 − 30 − 50 and 15 − 12: the 30 and the 12 go; then the 30 is 70 − 40, so the 40 goes too;
        // the 7 alone in its row is no small count, and the 9 and the 50 give nothing away
        assertThat(hidden).isDeepEqualTo(new boolean[][] {
                {true, true, false},
                {true, true, false},
                {false, false, false}});
        assertThat(SecondarySuppression.shown(3, true, CELLS)).isEqualTo("<5");
        assertThat(SecondarySuppression.shown(30, true, CELLS)).isEqualTo(":");
        assertThat(SecondarySuppression.shown(0, false, CELLS)).isEqualTo("0");
    }

    @Test
    void a_single_row_hides_its_total_as_every_other_count_is_an_arms_total() {
        SecondarySuppression.Hidden suppression = SecondarySuppression.hidden(new long[][] {{3, 26, 40}}, CELLS);

        assertThat(suppression.cells()).isDeepEqualTo(new boolean[][] {{true, false, false}});
        assertThat(suppression.rowTotals()).containsExactly(true);
    }

    @Test
    void a_table_without_small_counts_hides_nothing() {
        boolean[][] hidden = SecondarySuppression.hidden(new long[][] {{5, 0, 9}, {12, 30, 0}}, CELLS).cells();

        assertThat(hidden).isDeepEqualTo(new boolean[][] {{false, false, false}, {false, false, false}});
    }

    @Test
    void in_many_random_tables_no_row_or_column_with_a_shown_total_has_exactly_one_hidden_count() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int table = 0; table < 5_000; table++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(4);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    // many zeros and small counts, some large
                    row[c] = switch (random.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> 1 + random.nextInt(4);
                        default -> random.nextInt(60);
                    };
                }
            }

            SecondarySuppression.Hidden suppression = SecondarySuppression.hidden(counts, CELLS);
            boolean[][] hidden = suppression.cells();
            boolean everyArmTotalShown = true;
            int hiddenRowTotals = 0;

            for (int r = 0; r < rows; r++) {
                long total = 0;
                int hiddenHere = 0;
                for (int c = 0; c < columns; c++) {
                    total += counts[r][c];
                    hiddenHere += hidden[r][c] ? 1 : 0;
                    if (counts[r][c] == 0) {
                        assertThat(hidden[r][c]).as("a zero is shown").isFalse();
                    } else if (CELLS.hidden(counts[r][c])) {
                        assertThat(hidden[r][c]).as("a small count is hidden").isTrue();
                    }
                }
                if (suppression.rowTotals()[r]) {
                    hiddenRowTotals++;
                } else {
                    assertThat(hiddenHere).as("hidden counts in row %d of %s", r, java.util.Arrays.deepToString(counts))
                            .isNotEqualTo(1);
                }
            }
            for (int c = 0; c < columns; c++) {
                long total = 0;
                int hiddenHere = 0;
                for (int r = 0; r < rows; r++) {
                    total += counts[r][c];
                    hiddenHere += hidden[r][c] ? 1 : 0;
                }
                everyArmTotalShown &= !CELLS.hidden(total);
                if (!CELLS.hidden(total)) {
                    assertThat(hiddenHere).as("hidden counts in column %d of %s", c,
                            java.util.Arrays.deepToString(counts)).isNotEqualTo(1);
                }
            }
            if (everyArmTotalShown) {
                assertThat(hiddenRowTotals).as("hidden row totals of %s, whose sum is known",
                        java.util.Arrays.deepToString(counts)).isNotEqualTo(1);
            }
        }
    }
}
