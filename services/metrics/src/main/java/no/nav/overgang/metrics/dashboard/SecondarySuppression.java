package no.nav.overgang.metrics.dashboard;

/**
 * Secondary suppression (sekundærprikking) of a two-way table of counts (strata × arms) whose row totals and arm
 * totals are shown. A count hidden by the small-cell rule ({@link SmallCells#hidden}) is given away when it is the
 * only hidden count of a row or column whose total is shown: total minus the others. So, until no such row or column
 * is left:
 * <ul>
 *   <li>a row with one hidden count hides its smallest shown non-zero count too (ties: the first), but not one that
 *       is alone in its column, which the arm's total shows anyway; with no such count, the row's total is hidden;
 *   </li>
 *   <li>a column with one hidden count hides its smallest shown non-zero count too (the arms' totals stay: every
 *       table of the page shows them);</li>
 *   <li>when every arm's total is shown, so is their sum, and one hidden row total would be that sum minus the
 *       others: the smallest other shown row total is hidden too.</li>
 * </ul>
 * Zeros are never hidden: they give nothing away and the page says they are zeros. Two views of the same counts
 * must use the same result (the dashboard's distribution table uses the balance table's), or together they would
 * show what each hides.
 * <p>
 * Written here rather than taken from a library: the statistical-disclosure tools (sdcTable, tau-Argus) are R and
 * C++ programs that optimise suppression over many linked tables; the dashboard's tables are small, two-way and
 * computed per request, where this simple rule is the usual one (Statistics Norway marks such cells with ":").
 */
final class SecondarySuppression {

    /** What the page and the export show for a count hidden only because it would give another away. */
    static final String MARK = ":";

    /** @param cells cells[r][c], hidden or not; @param rowTotals whether each row's total is hidden */
    record Hidden(boolean[][] cells, boolean[] rowTotals) {
    }

    private SecondarySuppression() {
    }

    static Hidden hidden(long[][] counts, SmallCells smallCells) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long[] rowTotal = new long[rows];
        long[] columnTotal = new long[columns];
        boolean[][] cells = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                rowTotal[r] += counts[r][c];
                columnTotal[c] += counts[r][c];
                cells[r][c] = smallCells.hidden(counts[r][c]);
            }
        }
        boolean[] rowTotalHidden = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            rowTotalHidden[r] = smallCells.hidden(rowTotal[r]);
        }
        boolean everyArmTotalShown = true;
        for (long total : columnTotal) {
            everyArmTotalShown &= !smallCells.hidden(total);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                if (!rowTotalHidden[r] && hiddenInRow(cells, r) == 1) {
                    int c = smallestInRow(counts, cells, r);
                    if (c >= 0) {
                        cells[r][c] = true;
                    } else {
                        rowTotalHidden[r] = true;
                    }
                    changed = true;
                }
            }
            for (int c = 0; c < columns; c++) {
                if (!smallCells.hidden(columnTotal[c]) && hiddenInColumn(cells, c) == 1) {
                    int r = smallestInColumn(counts, cells, c);
                    if (r >= 0) {
                        cells[r][c] = true;
                        changed = true;
                    }
                }
            }
            if (everyArmTotalShown && count(rowTotalHidden) == 1) {
                int r = smallestShown(rowTotal, rowTotalHidden);
                if (r >= 0) {
                    rowTotalHidden[r] = true;
                    changed = true;
                }
            }
        }
        return new Hidden(cells, rowTotalHidden);
    }

    /** The count as shown: itself, "&lt;5" when small, {@link #MARK} when hidden to protect another. */
    static String shown(long count, boolean hidden, SmallCells cells) {
        if (!hidden) {
            return Long.toString(count);
        }
        return cells.hidden(count) ? cells.count(count) : MARK;
    }

    private static int hiddenInRow(boolean[][] cells, int r) {
        int n = 0;
        for (boolean h : cells[r]) {
            n += h ? 1 : 0;
        }
        return n;
    }

    private static int hiddenInColumn(boolean[][] cells, int c) {
        int n = 0;
        for (boolean[] row : cells) {
            n += row[c] ? 1 : 0;
        }
        return n;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }

    /** The smallest shown non-zero count of the row that is not alone in its column; −1 if none. */
    private static int smallestInRow(long[][] counts, boolean[][] cells, int r) {
        int smallest = -1;
        for (int c = 0; c < counts[r].length; c++) {
            if (!cells[r][c] && counts[r][c] > 0 && !aloneInColumn(counts, r, c)
                    && (smallest < 0 || counts[r][c] < counts[r][smallest])) {
                smallest = c;
            }
        }
        return smallest;
    }

    private static boolean aloneInColumn(long[][] counts, int r, int c) {
        for (int other = 0; other < counts.length; other++) {
            if (other != r && counts[other][c] > 0) {
                return false;
            }
        }
        return true;
    }

    private static int smallestInColumn(long[][] counts, boolean[][] cells, int c) {
        int smallest = -1;
        for (int r = 0; r < counts.length; r++) {
            if (!cells[r][c] && counts[r][c] > 0 && (smallest < 0 || counts[r][c] < counts[smallest][c])) {
                smallest = r;
            }
        }
        return smallest;
    }

    private static int smallestShown(long[] totals, boolean[] hidden) {
        int smallest = -1;
        for (int r = 0; r < totals.length; r++) {
            if (!hidden[r] && totals[r] > 0 && (smallest < 0 || totals[r] < totals[smallest])) {
                smallest = r;
            }
        }
        return smallest;
    }
}
