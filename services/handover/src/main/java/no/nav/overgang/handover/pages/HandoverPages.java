package no.nav.overgang.handover.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

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

import no.nav.overgang.handover.calendar.HandoverDeadlines;
import no.nav.overgang.handover.inbox.Handover;
import no.nav.overgang.handover.inbox.HandoverInbox;
import no.nav.overgang.handover.inbox.HandoverStatus;
import no.nav.overgang.platform.pages.CaseHistoryWords;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;
import no.nav.overgang.platform.web.ConflictException;
import no.nav.overgang.platform.web.ListPage;

/**
 * The pages of the handover service, in bokmål: the benefits unit's inbox and one handover with its steps, and the
 * NAV office's returned handovers. {@link HandoverInbox} decides access on the server and audit-logs every read.
 */
@Controller
@RequestMapping("/sider")
public class HandoverPages {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final CaseHistoryWords HISTORY_WORDS = new CaseHistoryWords();
    /** At most this many handovers in each list page, with a note when there are more. */
    static final int SHOWN = 200;

    private final HandoverInbox inbox;
    private final HandoverDeadlines deadlines;

    public HandoverPages(HandoverInbox inbox, HandoverDeadlines deadlines) {
        this.inbox = inbox;
        this.deadlines = deadlines;
    }

    @GetMapping("/innboks")
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public String inbox(@RequestParam(required = false) HandoverStatus status,
                        @RequestParam(defaultValue = "false") boolean overdue,
                        @RequestParam(defaultValue = "oldest") String sort, Model model,
                        HttpServletRequest request) {
        HandoverStatus only = status;
        NavUser user = CurrentUser.get();
        ListPage<Handover> page = inbox.forUser(user,
                new HandoverInbox.InboxFilter(only, overdue, "newest".equals(sort)), null, SHOWN, resource(request));
        List<Row> rows = page.items().stream().map(this::row).toList();
        model.addAttribute("user", user);
        model.addAttribute("fmt", new Format());
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", HandoverStatus.values());
        model.addAttribute("status", only);
        model.addAttribute("overdue", overdue);
        model.addAttribute("sort", sort);
        model.addAttribute("more", page.next() != null);
        model.addAttribute("shown", SHOWN);
        return "sider/innboks";
    }

    @GetMapping("/returnerte")
    @PreAuthorize("hasRole('NAV_OFFICE_ADVISER')")
    public String returned(Model model, HttpServletRequest request) {
        NavUser user = CurrentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("fmt", new Format());
        ListPage<Handover> returned = inbox.returnedToOffice(user, null, SHOWN, resource(request));
        model.addAttribute("rows", returned.items().stream().map(this::row).toList());
        model.addAttribute("more", returned.next() != null);
        model.addAttribute("shown", SHOWN);
        return "sider/returnerte";
    }

    @GetMapping("/overforinger/{id}")
    @PreAuthorize("hasAnyRole('BENEFITS_CASEWORKER', 'NAV_OFFICE_ADVISER')")
    public String handover(@PathVariable UUID id, Model model, HttpServletRequest request) {
        return show(id, model, request, null);
    }

    @PostMapping("/overforinger/{id}/ta")
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public String claim(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
        return act(id, model, request, response, () -> inbox.claim(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/overforinger/{id}/bekreft")
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public String acknowledge(@PathVariable UUID id, Model model, HttpServletRequest request,
                              HttpServletResponse response) {
        return act(id, model, request, response, () -> inbox.acknowledge(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/overforinger/{id}/returner")
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public String returnToOffice(@PathVariable UUID id, @RequestParam String reason, Model model,
                                 HttpServletRequest request, HttpServletResponse response) {
        if (reason.isBlank() || reason.length() > 1000) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, model, request, "Skriv hvorfor overføringen sendes tilbake (høyst 1000 tegn).");
        }
        return act(id, model, request, response,
                () -> inbox.returnToOffice(CurrentUser.get(), id, reason, resource(request)));
    }

    private String act(UUID id, Model model, HttpServletRequest request, HttpServletResponse response,
                       Supplier<Handover> step) {
        try {
            step.get();
            return "redirect:/sider/overforinger/" + id;
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(id, model, request, "Det gikk ikke: " + e.getMessage());
        }
    }

    private String show(UUID id, Model model, HttpServletRequest request, String error) {
        NavUser user = CurrentUser.get();
        Handover handover = inbox.read(user, id, "GET /sider/overforinger/" + id);
        model.addAttribute("user", user);
        model.addAttribute("fmt", new Format());
        model.addAttribute("h", row(handover));
        model.addAttribute("historikk", HISTORY_WORDS);
        model.addAttribute("caseworker", user.has(Role.BENEFITS_CASEWORKER) && user.worksFor(handover.benefitsUnit()));
        model.addAttribute("mine", user.navIdent().equals(handover.claimedBy()));
        model.addAttribute("error", error);
        return "sider/overforing";
    }

    private Row row(Handover handover) {
        return new Row(handover, deadlines.acknowledgeBy(handover), deadlines.isOverdue(handover));
    }

    private static String resource(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    public record Row(Handover handover, LocalDate acknowledgeBy, boolean overdue) {
    }

    /** Dates and times as the pages show them: Norwegian format, Norwegian time. */
    public static final class Format {

        public String time(Instant instant) {
            return instant == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm").format(instant.atZone(OSLO));
        }

        public String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
        }
    }
}
