package no.nav.overgang.platform.audit;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.platform.privacy.CaseKeys;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;
import no.nav.overgang.platform.web.BadRequestException;

/**
 * The auditor's search of this service's audit log (revisjon): by person (national id, matched with its case key,
 * or a case key), by employee (NAV ident) and by period. Only the auditor role may search; every search, permitted
 * or refused, is itself an audit record, so the person's own access request shows that the auditor looked.
 */
public class AuditSearch {

    public static final int MAX_PAGE_SIZE = 500;
    static final String RULE = "only the auditor role searches the audit log";

    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{11}");
    private static final Pattern CASE_KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final CaseKeys caseKeys;
    private final String service;

    /** @param caseKeys null when this service has no pseudonymisation secret; then a case key must be given */
    public AuditSearch(AuditLog audit, TransactionTemplate transactions, CaseKeys caseKeys, String service) {
        this.audit = audit;
        this.transactions = transactions;
        this.caseKeys = caseKeys;
        this.service = service;
    }

    public Result search(NavUser user, AuditQuery query, int page, int size, String resource) {
        if (!user.has(Role.AUDITOR)) {
            // refused before the criteria are checked, so every other role gets the same answer; the record keeps
            // only well-formed person identifiers
            audit.record(entry(user, withCaseKey(wellFormed(query)), resource, Decision.DENY));
            throw new AccessDeniedException(RULE);
        }
        validate(query, page, size);
        AuditQuery matched = withCaseKey(query);
        return transactions.execute(status -> {
            audit.record(entry(user, matched, resource, Decision.PERMIT));
            List<AuditRecord> records = audit.search(matched, (long) page * size, size);
            return new Result(service, page, size, audit.count(matched), records);
        });
    }

    /** A search by national id also finds the records written with its case key, where this service can derive it. */
    private AuditQuery withCaseKey(AuditQuery query) {
        return query.caseKey() == null && query.nationalId() != null && caseKeys != null
                ? new AuditQuery(caseKeys.caseKey(query.nationalId()), query.nationalId(), query.navIdent(),
                        query.from(), query.until())
                : query;
    }

    private static AuditQuery wellFormed(AuditQuery query) {
        return new AuditQuery(matches(CASE_KEY, query.caseKey()), matches(NATIONAL_ID, query.nationalId()),
                matches(IDENT, query.navIdent()), query.from(), query.until());
    }

    private static String matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches() ? value : null;
    }

    private static AuditEntry entry(NavUser user, AuditQuery query, String resource, Decision decision) {
        return new AuditEntry(user, query.caseKey(), query.nationalId(), "search audit log: " + query.describe(),
                resource, decision, RULE);
    }

    private static void validate(AuditQuery query, int page, int size) {
        if (query.isEmpty()) {
            throw new BadRequestException("give a person, an employee or a period");
        }
        if (query.nationalId() != null && !NATIONAL_ID.matcher(query.nationalId()).matches()) {
            throw new BadRequestException("Nav-Personident: must be 11 digits");
        }
        if (query.caseKey() != null && !CASE_KEY.matcher(query.caseKey()).matches()) {
            throw new BadRequestException("caseKey: must be 32 hexadecimal characters");
        }
        if (query.navIdent() != null && !IDENT.matcher(query.navIdent()).matches()) {
            throw new BadRequestException("navIdent: must be a NAV ident");
        }
        if (query.from() != null && query.until() != null && !query.from().isBefore(query.until())) {
            throw new BadRequestException("from: must be before to");
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("page: at least 0; size: 1 to " + MAX_PAGE_SIZE);
        }
    }

    /**
     * One page of one service's audit records, newest first.
     *
     * @param total how many records match in all
     */
    public record Result(String service, int page, int size, long total, List<AuditRecord> records) {
    }
}
