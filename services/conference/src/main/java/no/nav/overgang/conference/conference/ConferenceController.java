package no.nav.overgang.conference.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.conference.scheduling.ConferenceDeadlines;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.web.ListPage;

/**
 * The conference API of the three invited roles. Endpoints let every invited role through; whether this user may do
 * this to this conference is decided, and audit-logged, where the conference is read.
 */
@RestController
@RequestMapping("/api/conferences")
@PreAuthorize("hasAnyRole('NAV_OFFICE_ADVISER', 'BENEFITS_CASEWORKER', 'MEDICAL_ADVISER')")
public class ConferenceController {

    private final ConferenceService service;
    private final ConferenceDeadlines deadlines;

    public ConferenceController(ConferenceService service, ConferenceDeadlines deadlines) {
        this.service = service;
        this.deadlines = deadlines;
    }

    /** How many conferences a page of {@link #mine} holds when the client does not say, and at most. */
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /**
     * The conferences the user is invited to through their office, unit or pool, without national ids: newest
     * request first, at most {@code limit} ({@value #DEFAULT_LIMIT} unless given, at most {@value #MAX_LIMIT}); when
     * there are more, a {@code Link} header with {@code rel="next"} gives the next page ({@code after}).
     */
    @GetMapping
    public List<ConferenceSummary> mine(@RequestParam(name = ListPage.LIMIT, required = false) Integer limit,
                                        @RequestParam(name = ListPage.AFTER, required = false) String after,
                                        HttpServletResponse response) {
        ListPage<CaseConference> page = service.forUser(CurrentUser.get(), ListPage.Cursor.decode(after),
                ListPage.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
        return page.map(this::summary).answer(response);
    }

    /** One conference with the person it concerns; audit-logged. */
    @GetMapping("/{id}")
    public ConferenceDetails one(@PathVariable UUID id, HttpServletRequest request) {
        return details(service.read(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/{id}/meeting")
    public ConferenceDetails proposeMeeting(@PathVariable UUID id, @Valid @RequestBody Meeting meeting,
                                            HttpServletRequest request) {
        return details(service.proposeMeeting(CurrentUser.get(), id, meeting, resource(request)));
    }

    @PostMapping("/{id}/invitations/{role}/answer")
    public ConferenceDetails answer(@PathVariable UUID id, @PathVariable ParticipantRole role,
                                    @Valid @RequestBody Answer answer, HttpServletRequest request) {
        return details(service.answer(CurrentUser.get(), id, role, answer, resource(request)));
    }

    @PostMapping("/{id}/invitations/{role}/availability")
    public ConferenceSummary declareAvailability(@PathVariable UUID id, @PathVariable ParticipantRole role,
                                                 @Valid @RequestBody Availability availability,
                                                 HttpServletRequest request) {
        return summary(service.declareAvailability(CurrentUser.get(), id, role, availability, resource(request)));
    }

    /** Meeting times all three roles declared, within the days left to schedule in time; audit-logged as a read. */
    @GetMapping("/{id}/slot-proposals")
    public List<Instant> slotProposals(@PathVariable UUID id, HttpServletRequest request) {
        return service.slotProposals(service.read(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/{id}/reschedule")
    public ConferenceDetails reschedule(@PathVariable UUID id, @Valid @RequestBody Meeting meeting,
                                        HttpServletRequest request) {
        return details(service.reschedule(CurrentUser.get(), id, meeting, resource(request)));
    }

    @PostMapping("/{id}/held")
    public ConferenceSummary held(@PathVariable UUID id, HttpServletRequest request) {
        return summary(service.markHeld(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/{id}/cancel")
    public ConferenceSummary cancel(@PathVariable UUID id, @Valid @RequestBody Cancellation cancellation,
                                    HttpServletRequest request) {
        return summary(service.cancel(CurrentUser.get(), id, cancellation, resource(request)));
    }

    @PostMapping("/{id}/advice")
    public ConferenceDetails advice(@PathVariable UUID id, @Valid @RequestBody Advice advice,
                                    HttpServletRequest request) {
        return details(service.recordAdvice(CurrentUser.get(), id, advice, resource(request)));
    }

    @PostMapping("/{id}/measures-assessment")
    public ConferenceDetails measuresAssessment(@PathVariable UUID id,
                                                @Valid @RequestBody MeasuresAssessmentForm assessment,
                                                HttpServletRequest request) {
        return details(service.recordMeasuresAssessment(CurrentUser.get(), id, assessment, resource(request)));
    }

    @PostMapping("/{id}/outcome")
    public ConferenceSummary outcome(@PathVariable UUID id, @Valid @RequestBody Outcome outcome,
                                     HttpServletRequest request) {
        return summary(service.recordOutcome(CurrentUser.get(), id, outcome, resource(request)));
    }

    private static String resource(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    private ConferenceSummary summary(CaseConference c) {
        return new ConferenceSummary(c.id(), c.office(), c.benefitsUnit(), c.measuresAuthority(), c.status(),
                c.requestedAt(), c.meeting() == null ? null : c.meeting().startsAt(), deadlines.scheduleBy(c),
                deadlines.isOverdue(c));
    }

    private ConferenceDetails details(CaseConference c) {
        return new ConferenceDetails(c.id(), c.nationalId(), c.office(), c.benefitsUnit(), c.measuresAuthority(),
                c.status(), c.requestedAt(), deadlines.scheduleBy(c), deadlines.isOverdue(c), c.explanation(),
                c.participants(), c.meeting(), c.cancellation() == null ? null : c.cancellation().reason(),
                c.cancellation() == null ? null : c.cancellation().reasonCode(), c.advice(), c.measuresAssessment(),
                c.outcome(), service.history(c));
    }

    /**
     * @param meetingAt  the proposed or agreed meeting time; null until one is proposed
     * @param scheduleBy the last working day to schedule it in time
     * @param overdue    still not scheduled after {@code scheduleBy}, on business time
     */
    public record ConferenceSummary(UUID id, String office, String benefitsUnit, MeasuresAuthority measuresAuthority,
                                    ConferenceStatus status, Instant requestedAt, Instant meetingAt,
                                    LocalDate scheduleBy, boolean overdue) {
    }

    /**
     * @param cancellationReason the office's words when cancelled
     * @param cancellationCode   the coded reason when cancelled; null for conferences cancelled before the code
     * @param caseHistory        the case's milestones and the coordinator's explained steps, oldest first
     */
    public record ConferenceDetails(UUID id, String nationalId, String office, String benefitsUnit,
                                    MeasuresAuthority measuresAuthority, ConferenceStatus status, Instant requestedAt,
                                    LocalDate scheduleBy, boolean overdue, String explanation,
                                    List<Participant> invitations, Meeting meeting, String cancellationReason,
                                    CancellationReason cancellationCode,
                                    Recorded<Advice> advice, Recorded<MeasuresAssessment> measuresAssessment,
                                    Outcome outcome, List<CaseHistoryEntry> caseHistory) {
    }
}
