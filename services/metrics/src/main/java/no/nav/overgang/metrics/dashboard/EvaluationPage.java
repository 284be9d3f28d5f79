package no.nav.overgang.metrics.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import no.nav.overgang.metrics.process.ProcessFilter;
import no.nav.overgang.metrics.process.ProcessIndicators;
import no.nav.overgang.platform.security.CurrentUser;

/**
 * The evaluators' page, in bokmål: time to clarification, pilot against control, with the filters, the process
 * indicators, and the same aggregates as CSV. Aggregates only (small cells hidden, {@link SmallCells}); evaluators,
 * statisticians and pilot administrators may read it. No person's data is read, so nothing is audit-logged.
 */
@Controller
@RequestMapping("/sider/evaluering")
@PreAuthorize("hasAnyRole('EVALUATOR', 'STATISTICIAN', 'PILOT_ADMIN')")
public class EvaluationPage {

    private static final int LONGEST_TAU = 3650;

    private final Dashboard dashboard;
    private final DashboardProperties properties;
    private final PageProcessIndicators processIndicators;
    private final Clock clock;

    public EvaluationPage(Dashboard dashboard, DashboardProperties properties,
                          PageProcessIndicators processIndicators, Clock clock) {
        this.dashboard = dashboard;
        this.properties = properties;
        this.processIndicators = processIndicators;
        this.clock = clock;
    }

    @GetMapping
    public String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate per,
                       @RequestParam(required = false) String ytelse,
                       @RequestParam(required = false) String kontorgruppe,
                       @RequestParam(required = false) String variant,
                       @RequestParam(required = false) Integer tau,
                       @RequestParam(required = false) String alder, Model model) {
        DashboardFilter filter = filter(per, ytelse, kontorgruppe, variant, tau, alder);
        // every arm, so the variants can be compared with control; the other filters as for the curves
        ProcessIndicators process = processIndicators.current(new ProcessFilter(filter.asOf(),
                filter.sourceBenefit(), filter.officeGroup(), null, filter.ageBand()));
        model.addAttribute("user", CurrentUser.get())
                .addAttribute("view", dashboard.view(filter))
                .addAttribute("prosess", process)
                .addAttribute("pf", new ProcessFormat(process.smallestShownCell()))
                .addAttribute("filter", filter)
                .addAttribute("eksport", exportLink(filter));
        return "sider/evaluering";
    }

    @GetMapping(path = "/eksport.csv", produces = "text/csv")
    public ResponseEntity<String> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate per,
            @RequestParam(required = false) String ytelse,
            @RequestParam(required = false) String kontorgruppe,
            @RequestParam(required = false) String variant,
            @RequestParam(required = false) Integer tau,
            @RequestParam(required = false) String alder) {
        DashboardFilter filter = filter(per, ytelse, kontorgruppe, variant, tau, alder);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"evaluering-" + filter.asOf() + ".csv\"")
                .body(DashboardCsv.write(dashboard.view(filter)));
    }

    private DashboardFilter filter(LocalDate asOf, String source, String officeGroup, String variant, Integer tau,
                                   String ageBand) {
        return new DashboardFilter(asOf == null ? LocalDate.now(clock.withZone(Dashboard.OSLO)) : asOf, source, officeGroup,
                variant, tau == null ? properties.tauDays() : Math.clamp(tau, 1, LONGEST_TAU), ageBand);
    }

    private static String exportLink(DashboardFilter filter) {
        return UriComponentsBuilder.fromPath("/sider/evaluering/eksport.csv")
                .queryParam("per", filter.asOf())
                .queryParamIfPresent("ytelse", Optional.ofNullable(filter.sourceBenefit()))
                .queryParamIfPresent("kontorgruppe", Optional.ofNullable(filter.officeGroup()))
                .queryParamIfPresent("variant", Optional.ofNullable(filter.variant()))
                .queryParam("tau", filter.tauDays())
                .queryParamIfPresent("alder", Optional.ofNullable(filter.ageBand()))
                .encode().build().toUriString();
    }
}
