package no.nav.overgang.metrics.survival;

import java.util.List;

/**
 * The whole analysis of time to clarification: per group the Kaplan–Meier curve and median; the log-rank test;
 * the stratified log-rank test (null without strata); Cox's hazard ratio of the second group against the first
 * (null unless there are exactly two groups, each with events); the restricted mean time (null without τ).
 */
public record SurvivalReport(List<GroupSurvival> groups, TestResult logrank, TestResult stratifiedLogrank,
                             CoxResult cox, RmstResult rmst) {
}
