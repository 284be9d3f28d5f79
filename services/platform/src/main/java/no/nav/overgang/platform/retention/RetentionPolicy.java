package no.nav.overgang.platform.retention;

import java.util.List;

/**
 * What one service deletes or irreversibly pseudonymises when the retention period after the pilot has run out
 * (oppbevaringstid). A service declares one bean; {@link RetentionJob} runs its steps in order, in one transaction.
 * Each step is one fixed SQL statement without parameters, so the policy can be read and reviewed as it stands.
 */
public record RetentionPolicy(List<Step> steps) {

    public RetentionPolicy {
        steps = List.copyOf(steps);
    }

    public static RetentionPolicy of(Step... steps) {
        return new RetentionPolicy(List.of(steps));
    }

    /**
     * @param description what the statement removes, e.g. "delete case conferences (national id, advice)"; starts
     *                    with "delete" or "pseudonymise"
     * @param sql         an UPDATE or DELETE that is safe to run again (it finds nothing the second time)
     */
    public record Step(String description, String sql) {
    }
}
