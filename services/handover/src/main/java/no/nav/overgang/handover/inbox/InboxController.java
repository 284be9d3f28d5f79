package no.nav.overgang.handover.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MedicalAdvice;
import no.nav.overgang.handover.calendar.HandoverDeadlines;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.web.ListPage;

/** The benefits unit's inbox and its steps; the office's returned handovers. */
@RestController
@RequestMapping("/api/handovers")
public class InboxController {

    private final HandoverInbox inbox;
    private final HandoverDeadlines deadlines;

    public InboxController(HandoverInbox inbox, HandoverDeadlines deadlines) {
        this.inbox = inbox;
        this.deadlines = deadlines;
    }

    /** How many handovers a page of a list holds when the client does not say, and at most. */
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /**
     * The caseworker's inbox, a page at a time: at most {@code limit} ({@value #DEFAULT_LIMIT} unless given, at most
     * {@value #MAX_LIMIT}); when there are more, a {@code Link} header with {@code rel="next"} gives the next page.
     *
     * @param status  only handovers in this status
     * @param overdue only handovers not acknowledged within the target
     * @param sort    {@code oldest} (default) or {@code newest} first
     * @param after   the cursor of the page to read, from the previous page's {@code Link} header
     */
    @GetMapping
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public List<HandoverView> inbox(@RequestParam(required = false) HandoverStatus status,
                                    @RequestParam(defaultValue = "false") boolean overdue,
                                    @RequestParam(defaultValue = "oldest") String sort,
                                    @RequestParam(name = ListPage.LIMIT, required = false) Integer limit,
                                    @RequestParam(name = ListPage.AFTER, required = false) String after,
                                    HttpServletRequest request, HttpServletResponse response) {
        var filter = new HandoverInbox.InboxFilter(status, overdue, "newest".equals(sort));
        return inbox.forUser(CurrentUser.get(), filter, ListPage.Cursor.decode(after),
                ListPage.limit(limit, DEFAULT_LIMIT, MAX_LIMIT), resource(request)).map(this::view).answer(response);
    }

    /**
     * The handovers the benefits units returned to the adviser's offices, with their reasons, last returned first;
     * paged as {@link #inbox}.
     */
    @GetMapping("/returned")
    @PreAuthorize("hasRole('NAV_OFFICE_ADVISER')")
    public List<HandoverView> returned(@RequestParam(name = ListPage.LIMIT, required = false) Integer limit,
                                       @RequestParam(name = ListPage.AFTER, required = false) String after,
                                       HttpServletRequest request, HttpServletResponse response) {
        return inbox.returnedToOffice(CurrentUser.get(), ListPage.Cursor.decode(after),
                ListPage.limit(limit, DEFAULT_LIMIT, MAX_LIMIT), resource(request)).map(this::view).answer(response);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('BENEFITS_CASEWORKER', 'NAV_OFFICE_ADVISER')")
    public HandoverView one(@PathVariable UUID id, HttpServletRequest request) {
        return view(inbox.read(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public HandoverView claim(@PathVariable UUID id, HttpServletRequest request) {
        return view(inbox.claim(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public HandoverView acknowledge(@PathVariable UUID id, HttpServletRequest request) {
        return view(inbox.acknowledge(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public HandoverView returnToOffice(@PathVariable UUID id, @Valid @RequestBody ReturnToOffice body,
                                       HttpServletRequest request) {
        return view(inbox.returnToOffice(CurrentUser.get(), id, body.reason(), resource(request)));
    }

    private static String resource(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    private HandoverView view(Handover h) {
        return new HandoverView(h.id(), h.conferenceId(), h.office(), h.benefitsUnit(), h.arm(), h.status(),
                h.agreedPlan(), h.nextSteps(), h.claimRecommended(), h.documentsNeeded(), h.followUpDate(), h.advice(),
                h.measuresAssessment(), h.caseExplanation(), h.caseHistory(), h.receivedAt(), deadlines.acknowledgeBy(h),
                deadlines.isOverdue(h),
                h.claimedBy(), h.returnReason());
    }

    /** Why the handover goes back to the office: what is missing. */
    public record ReturnToOffice(@NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * @param caseHistory   the case's milestones and the coordinator's explained steps, oldest first
     * @param acknowledgeBy the last working day to acknowledge it within the target
     * @param overdue       not acknowledged by then, on business time
     */
    public record HandoverView(UUID id, UUID conferenceId, String office, String benefitsUnit, String arm,
                               HandoverStatus status, String agreedPlan, String nextSteps, boolean claimRecommended,
                               List<String> documentsNeeded, LocalDate followUpDate, MedicalAdvice advice,
                               MeasuresAssessment measuresAssessment, String caseExplanation,
                               List<CaseHistoryEntry> caseHistory, Instant receivedAt,
                               LocalDate acknowledgeBy,
                               boolean overdue, String claimedBy, String returnReason) {
    }
}
