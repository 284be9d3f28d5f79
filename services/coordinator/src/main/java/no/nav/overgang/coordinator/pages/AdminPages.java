package no.nav.overgang.coordinator.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import no.nav.overgang.coordinator.cases.CaseTimelines;
import no.nav.overgang.coordinator.cases.CohortController;
import no.nav.overgang.coordinator.cases.ConfigurationController;
import no.nav.overgang.coordinator.randomisation.BalanceController;
import no.nav.overgang.platform.security.CurrentUser;

/**
 * The pilot administrator's pages, in bokmål: the cohort, one case's timeline, the balance report and the
 * configuration in force. They show what the admin API returns, read the same way; the case page's read is
 * audit-logged by {@link CaseTimelines}. No page shows a national id or the randomisation salt.
 */
@Controller
@RequestMapping("/sider")
@PreAuthorize("hasRole('PILOT_ADMIN')")
public class AdminPages {

    private final CohortController cohort;
    private final CaseTimelines timelines;
    private final BalanceController balance;
    private final ConfigurationController configuration;
    private final Format fmt = new Format();

    public AdminPages(CohortController cohort, CaseTimelines timelines, BalanceController balance,
                      ConfigurationController configuration) {
        this.cohort = cohort;
        this.timelines = timelines;
        this.balance = balance;
        this.configuration = configuration;
    }

    @GetMapping("/kohort")
    public String cohort(Model model) {
        common(model).addAttribute("rows", cohort.cohort(200));
        return "sider/kohort";
    }

    @GetMapping("/saker/{caseKey}")
    public String caseTimeline(@PathVariable String caseKey, Model model, HttpServletRequest request) {
        common(model).addAttribute("c", timelines.read(caseKey, "GET " + request.getRequestURI()));
        return "sider/sak";
    }

    @GetMapping("/balanse")
    public String balance(Model model) {
        common(model).addAttribute("report", balance.balance());
        return "sider/balanse";
    }

    @GetMapping("/konfigurasjon")
    public String configuration(Model model) {
        common(model).addAttribute("config", configuration.configuration());
        return "sider/konfigurasjon";
    }

    private Model common(Model model) {
        return model.addAttribute("user", CurrentUser.get()).addAttribute("fmt", fmt);
    }

    /** Dates, times and p-values as the pages show them: Norwegian format, Norwegian time. */
    public static final class Format {

        private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
        private static final Locale NB = Locale.forLanguageTag("nb-NO");

        public String time(Instant instant) {
            return instant == null ? "" : DATE_TIME.format(instant.atZone(OSLO));
        }

        public String date(LocalDate date) {
            return date == null ? "" : DATE.format(date);
        }

        public String number(double value) {
            return String.format(NB, "%.3f", value);
        }

        public String yesNo(boolean value) {
            return value ? "Ja" : "Nei";
        }
    }
}
