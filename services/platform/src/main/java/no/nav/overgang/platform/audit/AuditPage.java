package no.nav.overgang.platform.audit;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.platform.privacy.CaseKeys;
import no.nav.overgang.platform.security.CurrentUser;

/**
 * The auditor's one place to search (side for revisjon), {@code /sider/revisjon}, served by the one service that
 * has {@code overgang.audit.search.page-enabled=true} (the intake, which holds the pseudonymisation secret). It asks
 * every service in {@link AuditSources} for its records with the auditor's own token ({@code GET /api/audit}), so
 * each service checks the role and audit-logs the search itself, and shows the answers merged, newest first. The
 * national id is posted in the form body and sent on in a header, never put in a URL.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
public class AuditPage {

    public static final String PATH = "/sider/revisjon";
    static final int PAGE_SIZE = 50;
    /** The deepest page the merge fetches; narrow the period to see older records. */
    static final int MAX_RECORDS = AuditSearch.MAX_PAGE_SIZE;

    private final AuditSources sources;
    private final CaseKeys caseKeys;
    private final RestClient http;

    public AuditPage(AuditSources sources, CaseKeys caseKeys) {
        this.sources = sources;
        this.caseKeys = caseKeys;
        var requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @GetMapping(PATH)
    public String form(Model model) {
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("search", new Search(null, null, null, null, 0));
        return "platform/revisjon";
    }

    @PostMapping(PATH)
    public String search(@ModelAttribute("search") Search search, Model model) {
        model.addAttribute("user", CurrentUser.get());
        int page = search.page();
        int wanted = Math.min((page + 1) * PAGE_SIZE, MAX_RECORDS);
        String nationalId = AuditSearchController.blankToNull(search.fodselsnummer());
        if (nationalId != null && !nationalId.matches("\\d{11}")) {
            model.addAttribute("error", "Fødselsnummeret må ha 11 siffer.");
            return "platform/revisjon";
        }
        if (nationalId == null && AuditSearchController.blankToNull(search.navIdent()) == null && search.fra() == null
                && search.til() == null) {
            model.addAttribute("error", "Oppgi en person, en ansatt eller en periode.");
            return "platform/revisjon";
        }
        String caseKey = nationalId != null && caseKeys != null ? caseKeys.caseKey(nationalId) : null;
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, URI> source : sources.all().entrySet()) {
            try {
                AuditSearch.Result result = fetch(source.getValue(), search, nationalId, caseKey, wanted);
                total += result.total();
                result.records().forEach(r -> rows.add(new Row(source.getKey(), r)));
            } catch (RestClientException e) {
                failures.add(source.getKey());
            }
        }
        rows.sort(Comparator.comparing((Row row) -> row.record().loggedAt()).reversed());
        int fromIndex = Math.min(page * PAGE_SIZE, rows.size());
        model.addAttribute("rows", rows.subList(fromIndex, Math.min(fromIndex + PAGE_SIZE, rows.size())));
        model.addAttribute("total", total);
        model.addAttribute("failures", failures);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", (long) (page + 1) * PAGE_SIZE < total && (page + 1) * PAGE_SIZE < MAX_RECORDS);
        model.addAttribute("searched", true);
        return "platform/revisjon";
    }

    private AuditSearch.Result fetch(URI base, Search search, String nationalId, String caseKey, int wanted) {
        return http.get()
                .uri(base.toString(), builder -> query(builder.path(AuditSearchController.PATH), search, caseKey, wanted))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + CurrentUser.token())
                .headers(headers -> {
                    if (nationalId != null) {
                        headers.set(AuditSearchController.PERSON_HEADER, nationalId);
                    }
                })
                .retrieve()
                .body(AuditSearch.Result.class);
    }

    private static URI query(UriBuilder builder, Search search, String caseKey, int wanted) {
        if (caseKey != null) {
            builder.queryParam("caseKey", caseKey);
        }
        if (AuditSearchController.blankToNull(search.navIdent()) != null) {
            builder.queryParam("navIdent", search.navIdent().strip());
        }
        if (search.fra() != null) {
            builder.queryParam("from", search.fra());
        }
        if (search.til() != null) {
            builder.queryParam("to", search.til());
        }
        return builder.queryParam("page", 0).queryParam("size", wanted).build();
    }

    /** The form: fødselsnummer, NAV ident, first and last day, page. */
    public record Search(String fodselsnummer, String navIdent, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fra,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate til, Integer side) {

        int page() {
            return side == null ? 0 : Math.max(0, side);
        }

        @Override
        public String toString() {
            return "Search[navIdent=" + navIdent + ", fra=" + fra + ", til=" + til + ", side=" + side + "]";
        }
    }

    /** One record and the service it came from. */
    public record Row(String service, AuditRecord record) {
    }
}
