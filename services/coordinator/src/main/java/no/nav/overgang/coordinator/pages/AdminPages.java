package no.nav.overgang.coordinator.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.nav.overgang.coordinator.cases.CaseTimelines;
import no.nav.overgang.coordinator.cases.CohortController;
import no.nav.overgang.coordinator.cases.ConfigurationController;
import no.nav.overgang.coordinator.followup.WithdrawalReason;
import no.nav.overgang.coordinator.followup.Withdrawals;
import no.nav.overgang.coordinator.randomisation.BalanceController;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.web.ConflictException;

/**
 * The pilot administrator's pages, in bokmål: the cohort, one case's timeline, the balance report and the
 * configuration in force. They show what the admin API returns, read the same way; the case page's read is
 * audit-logged by {@link CaseTimelines}. The case page's form withdraws the case from follow-up ({@link Withdrawals}).
 * No page shows a national id or the randomisation salt.
 */
@Controller
@RequestMapping("/sider")
@PreAuthorize("hasRole('PILOT_ADMIN')")
public class AdminPages {

    private final CohortController cohort;
    private final CaseTimelines timelines;
    private final BalanceController balance;
    private final ConfigurationController configuration;
    private final Withdrawals withdrawals;
    private final Format fmt = new Format();

    public AdminPages(CohortController cohort, CaseTimelines timelines, BalanceController balance,
                      ConfigurationController configuration, Withdrawals withdrawals) {
        this.cohort = cohort;
        this.timelines = timelines;
        this.balance = balance;
        this.configuration = configuration;
        this.withdrawals = withdrawals;
    }

    @GetMapping("/kohort")
    public String cohort(Model model) {
        common(model).addAttribute("rows", cohort.cohort(200));
        return "sider/kohort";
    }

    @GetMapping("/saker/{caseKey}")
    public String caseTimeline(@PathVariable String caseKey, Model model, HttpServletRequest request) {
        return showCase(caseKey, model, request, null);
    }

    /** The withdrawal form: a coded reason and an optional note; back to the case page, or the page with the error. */
    @PostMapping("/saker/{caseKey}/uttrekk")
    public String withdraw(@PathVariable String caseKey, @RequestParam(required = false) String reason,
                           @RequestParam(required = false) String note, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        WithdrawalReason coded = reasonNamed(reason);
        if (coded == null || (note != null && note.length() > 1000)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showCase(caseKey, model, request, "Velg en årsak (og skriv høyst 1000 tegn i merknaden).");
        }
        try {
            withdrawals.withdraw(caseKey, coded, note, "POST " + request.getRequestURI());
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return showCase(caseKey, model, request, "Saken er allerede avsluttet og kan ikke tas ut.");
        }
        return "redirect:/sider/saker/" + caseKey;
    }

    private String showCase(String caseKey, Model model, HttpServletRequest request, String error) {
        common(model).addAttribute("c", timelines.read(caseKey, request.getMethod() + " " + request.getRequestURI()))
                .addAttribute("error", error);
        return "sider/sak";
    }

    private static WithdrawalReason reasonNamed(String reason) {
        for (WithdrawalReason candidate : WithdrawalReason.values()) {
            if (candidate.name().equals(reason)) {
                return candidate;
            }
        }
        return null;
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
