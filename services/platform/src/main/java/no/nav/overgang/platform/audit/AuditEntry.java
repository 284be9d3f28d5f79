package no.nav.overgang.platform.audit;

import no.nav.overgang.platform.security.NavUser;

/**
 * One access to a person's data: who, whose, what, permit or deny, and the rule that decided.
 *
 * @param caseKey    whose data, pseudonymously
 * @param nationalId whose data, when the access was by national id; null otherwise
 * @param action     what was done, e.g. "read conference"
 * @param resource   the endpoint or page, e.g. "GET /api/conferences/{id}"
 * @param rule       why it was permitted or denied, e.g. "office adviser of the case's office"
 */
public record AuditEntry(NavUser user, String caseKey, String nationalId, String action, String resource,
                         Decision decision, String rule) {

    public enum Decision {
        PERMIT, DENY
    }
}
