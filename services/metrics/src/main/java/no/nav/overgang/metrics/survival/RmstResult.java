package no.nav.overgang.metrics.survival;

import java.util.List;

/**
 * Restricted mean time to the event up to {@code tau}, per group, and (with two groups) the second group's minus
 * the first's with its standard error and 95% interval; the difference fields are null with other than two groups.
 */
public record RmstResult(double tau, List<GroupRmst> groups, Double difference, Double differenceStdErr,
                         Double differenceLower, Double differenceUpper) {

    public record GroupRmst(String group, double rmst, double stdErr) {
    }
}
