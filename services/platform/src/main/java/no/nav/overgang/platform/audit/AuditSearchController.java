package no.nav.overgang.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.platform.security.CurrentUser;

/**
 * {@code GET /api/audit}: every service's own audit log, for the auditor. The national id travels in the
 * {@value #PERSON_HEADER} header, as in NAV's APIs, never in the URL (which ends up in access logs).
 */
@RestController
public class AuditSearchController {

    public static final String PATH = "/api/audit";
    public static final String PERSON_HEADER = "Nav-Personident";
    /** Days are Norwegian days. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final AuditSearch search;

    public AuditSearchController(AuditSearch search) {
        this.search = search;
    }

    /**
     * @param from first day, inclusive
     * @param to   last day, inclusive
     */
    // every authenticated user reaches the method so that a refusal is audit-logged; AuditSearch checks the role
    @PreAuthorize("isAuthenticated()")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditSearch.Result search(@RequestHeader(name = PERSON_HEADER, required = false) String nationalId,
                                     @RequestParam(required = false) String caseKey,
                                     @RequestParam(required = false) String navIdent,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        AuditQuery query = new AuditQuery(blankToNull(caseKey), blankToNull(nationalId), blankToNull(navIdent),
                from == null ? null : from.atStartOfDay(OSLO).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(OSLO).toInstant());
        return search.search(CurrentUser.get(), query, page, size, "GET " + PATH);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
