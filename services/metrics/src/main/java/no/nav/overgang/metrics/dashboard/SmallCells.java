package no.nav.overgang.metrics.dashboard;

/**
 * The small-cell rule of the dashboard and its export (docs/PRIVACY.md, docs/STATISTICS.md), in one place:
 * <ol>
 *   <li>a count of persons from 1 to {@code smallest − 1} is shown as "&lt;5" (0 is shown: it singles no one
 *       out);</li>
 *   <li>a curve is shown only as long as at least {@code smallest} cases are still at risk in its group: the steps
 *       after that would each be one or two persons;</li>
 *   <li>a comparison whose smaller group has fewer than {@code minimumCases} cases shows no curve and no estimate,
 *       only that there are too few.</li>
 * </ol>
 */
record SmallCells(int smallest, int minimumCases) {

    String count(long n) {
        return hidden(n) ? "<" + smallest : Long.toString(n);
    }

    /** Whether a count of persons is shown only as "&lt;5". */
    boolean hidden(long n) {
        return n > 0 && n < smallest;
    }

    boolean curveShownAt(int atRisk) {
        return atRisk >= smallest;
    }

    boolean enoughFor(int smallerGroup) {
        return smallerGroup >= minimumCases;
    }
}
