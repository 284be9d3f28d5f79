package no.nav.overgang.metrics.dataset;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.security.CurrentUser;

/**
 * The pseudonymous analysis dataset as of an analysis date, as CSV for the statistician: one row per case that had
 * entered the cohort by then. Its columns {@code group,time,event,stratum} are those {@code POST
 * /api/analysis/survival} and {@code SurvivalCli} read (the stratum is the source benefit, the stratified
 * test), so the export can be analysed as it is. Every export is audit-logged (one record per export).
 */
@RestController
@RequestMapping("/api/analysis")
public class DatasetController {

    static final String HEADER = "case,group,pilot,stratum,office,randomisation_stratum,index_date,time,event,"
            + "end,end_detail,age_band";
    private static final String RESOURCE = "GET /api/analysis/dataset";

    private final AnalysisCases cases;
    private final AuditLog audit;

    public DatasetController(AnalysisCases cases, AuditLog audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @GetMapping(path = "/dataset", produces = "text/csv")
    @PreAuthorize("hasRole('STATISTICIAN')")
    @Transactional
    public ResponseEntity<String> dataset(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<AnalysisCase> all = cases.all();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (AnalysisCase c : all) {
            c.asOf(asOf).ifPresent(seen -> csv.append(c.caseKey()).append(',').append(c.arm()).append(',')
                    .append(c.pilot() == null ? "" : c.pilot()).append(',')
                    .append(c.sourceBenefit() == null ? "" : c.sourceBenefit()).append(',')
                    .append(c.office() == null ? "" : c.office()).append(',')
                    .append(c.stratum() == null ? "" : c.stratum()).append(',')
                    .append(c.indexDate()).append(',')
                    .append(seen.days()).append(',')
                    .append(seen.clarified() ? 1 : 0).append(',')
                    .append(seen.end()).append(',')
                    .append(seen.detail() == null ? "" : seen.detail()).append(',')
                    .append(c.ageBand() == null ? "" : c.ageBand()).append('\n'));
        }
        audit.record(new AuditEntry(CurrentUser.get(), null, null, "export analysis dataset as of " + asOf, RESOURCE,
                AuditEntry.Decision.PERMIT, "statistician role"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"analysis-dataset-" + asOf + ".csv\"")
                .body(csv.toString());
    }
}
