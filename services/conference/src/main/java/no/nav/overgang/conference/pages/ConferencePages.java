package no.nav.overgang.conference.pages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.nav.overgang.conference.conference.Advice;
import no.nav.overgang.conference.conference.Answer;
import no.nav.overgang.conference.conference.Availability;
import no.nav.overgang.conference.conference.CaseConference;
import no.nav.overgang.conference.conference.Cancellation;
import no.nav.overgang.conference.conference.ConferenceAccess;
import no.nav.overgang.conference.conference.ConferenceService;
import no.nav.overgang.conference.conference.ConferenceStatus;
import no.nav.overgang.conference.conference.MeasuresAssessmentForm;
import no.nav.overgang.conference.conference.Meeting;
import no.nav.overgang.conference.conference.Outcome;
import no.nav.overgang.conference.conference.Participant;
import no.nav.overgang.conference.scheduling.ConferenceDeadlines;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.MeasuresAssessmentResult;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.pages.CaseHistoryWords;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.web.ConflictException;

/**
 * The pages of the conference service, in bokmål: the NAV office adviser's conferences, the medical adviser's
 * invitations, and one conference with the forms each role may use. Who may see and do what is decided by
 * {@link ConferenceService} on the server, which audit-logs every read of a person's data.
 */
@Controller
@RequestMapping("/sider")
@PreAuthorize("hasAnyRole('NAV_OFFICE_ADVISER', 'BENEFITS_CASEWORKER', 'MEDICAL_ADVISER')")
public class ConferencePages {

    private final ConferenceService service;
    private final ConferenceAccess access;
    private final ConferenceDeadlines deadlines;
    private final Validator validator;
    private static final CaseHistoryWords HISTORY_WORDS = new CaseHistoryWords();
    /** At most this many conferences in a medical adviser's list of invitations. */
    static final int SHOWN = 200;
    /**
     * At most this many conferences in each of the office's lists: the page shows four lists, the first three drawn
     * from the oldest in progress, and rendering 4 × 200 rows cost more than every query of the page together under
     * load (docs/PERFORMANCE.md); the whole list is paged on {@code GET /api/conferences}.
     */
    public static final int OFFICE_SHOWN = 50;

    private final Bokmal bokmal = new Bokmal();

    public ConferencePages(ConferenceService service, ConferenceAccess access, ConferenceDeadlines deadlines,
                           Validator validator) {
        this.service = service;
        this.access = access;
        this.deadlines = deadlines;
        this.validator = validator;
    }

    /**
     * The office's conferences: needing action, overdue and upcoming (from those in progress), and the newest. Each
     * list is bounded by {@value #OFFICE_SHOWN}, with a note when there are more. No person is named here.
     */
    @GetMapping("/samarbeidsmoter")
    @PreAuthorize("hasRole('NAV_OFFICE_ADVISER')")
    public String officeConferences(Model model) {
        NavUser user = CurrentUser.get();
        ConferenceService.OfficeConferences office = service.forOffices(user, OFFICE_SHOWN);
        ConferenceDeadlines.ListDeadlines listDeadlines = deadlines.forList();
        List<Row> inProgress = office.inProgress().stream().map(c -> row(c, listDeadlines)).toList();
        model.addAttribute("user", user);
        model.addAttribute("fmt", bokmal);
        model.addAttribute("shown", OFFICE_SHOWN);
        model.addAttribute("needsAction", inProgress.stream().filter(Row::needsAction).toList());
        model.addAttribute("overdue", inProgress.stream().filter(Row::overdue).toList());
        model.addAttribute("upcoming", inProgress.stream().filter(r -> r.conference().status().isScheduled())
                .sorted(Comparator.comparing(r -> r.conference().meeting().startsAt())).toList());
        model.addAttribute("moreInProgress", office.moreInProgress());
        model.addAttribute("all", office.newest().stream().map(c -> row(c, listDeadlines)).toList());
        model.addAttribute("moreAll", office.moreNewest());
        return "sider/samarbeidsmoter";
    }

    /**
     * The medical adviser's invitations: conferences in progress that invite their pool, with their answer, oldest
     * request first; at most {@value #SHOWN}, with a note when there are more.
     */
    @GetMapping("/invitasjoner")
    @PreAuthorize("hasRole('MEDICAL_ADVISER')")
    public String invitations(Model model) {
        NavUser user = CurrentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("fmt", bokmal);
        var invitations = service.invitations(user, SHOWN);
        ConferenceDeadlines.ListDeadlines listDeadlines = deadlines.forList();
        model.addAttribute("invitations", invitations.items().stream().map(c -> row(c, listDeadlines)).toList());
        model.addAttribute("more", invitations.next() != null);
        model.addAttribute("shown", SHOWN);
        return "sider/invitasjoner";
    }

    @GetMapping("/samarbeidsmoter/{id}")
    public String conference(@PathVariable UUID id, Model model, HttpServletRequest request) {
        return show(id, model, request, null);
    }

    @PostMapping("/samarbeidsmoter/{id}/motetid")
    public String proposeMeeting(@PathVariable UUID id, @RequestParam String startsAt,
                                 @RequestParam(required = false) String place,
                                 @RequestParam(required = false) String videoLink, Model model,
                                 HttpServletRequest request, HttpServletResponse response) {
        return act(id, model, request, response, () -> service.proposeMeeting(CurrentUser.get(), id,
                valid(new Meeting(Bokmal.parseTime(startsAt, "Tidspunkt"), place, videoLink)), resource(request)));
    }

    @PostMapping("/samarbeidsmoter/{id}/flytt")
    public String reschedule(@PathVariable UUID id, @RequestParam String startsAt,
                             @RequestParam(required = false) String place,
                             @RequestParam(required = false) String videoLink, Model model,
                             HttpServletRequest request, HttpServletResponse response) {
        return act(id, model, request, response, () -> service.reschedule(CurrentUser.get(), id,
                valid(new Meeting(Bokmal.parseTime(startsAt, "Nytt tidspunkt"), place, videoLink)),
                resource(request)));
    }

    @PostMapping("/samarbeidsmoter/{id}/svar")
    public String answer(@PathVariable UUID id, @RequestParam ParticipantRole role, @RequestParam InvitationAnswer answer,
                         @RequestParam(required = false) String proposedStartsAt, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        return act(id, model, request, response, () -> service.answer(CurrentUser.get(), id, role,
                valid(new Answer(answer, answer == InvitationAnswer.PROPOSED_OTHER_TIME
                        ? Bokmal.parseTime(proposedStartsAt, "Annet tidspunkt") : null)), resource(request)));
    }

    /** One window per line ("2026-03-11 09:00-11:30"); {@code slots}, start times, is the form's earlier field. */
    @PostMapping("/samarbeidsmoter/{id}/tilgjengelighet")
    public String declareAvailability(@PathVariable UUID id, @RequestParam ParticipantRole role,
                                      @RequestParam(required = false) String windows,
                                      @RequestParam(required = false) String slots, Model model,
                                      HttpServletRequest request, HttpServletResponse response) {
        return act(id, model, request, response, () -> service.declareAvailability(CurrentUser.get(), id, role,
                valid(windows == null && slots != null
                        ? new Availability(null, lines(slots).map(line -> Bokmal.parseTime(line, "Tidspunkt")).toList())
                        : Availability.of(lines(windows).map(line -> Bokmal.parseWindow(line, "Når du kan")).toList())),
                resource(request)));
    }

    @PostMapping("/samarbeidsmoter/{id}/holdt")
    public String held(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
        return act(id, model, request, response, () -> service.markHeld(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/samarbeidsmoter/{id}/avlys")
    public String cancel(@PathVariable UUID id, @RequestParam(required = false) CancellationReason reasonCode,
                         @RequestParam String reason, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        return act(id, model, request, response, () -> service.cancel(CurrentUser.get(), id,
                valid(new Cancellation(reasonCode, reason)), resource(request)));
    }

    @PostMapping("/samarbeidsmoter/{id}/rad")
    public String advice(@PathVariable UUID id, @RequestParam String functionalAssessment,
                         @RequestParam String treatmentStatus, @RequestParam String recommendation, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        return act(id, model, request, response, () -> service.recordAdvice(CurrentUser.get(), id,
                valid(new Advice(functionalAssessment, treatmentStatus, recommendation)), resource(request)));
    }

    @PostMapping("/samarbeidsmoter/{id}/tiltaksvilkar")
    public String measuresAssessment(@PathVariable UUID id, @RequestParam(required = false) MeasuresAssessmentResult result,
                                     @RequestParam String reasoning, Model model, HttpServletRequest request,
                                     HttpServletResponse response) {
        return act(id, model, request, response, () -> service.recordMeasuresAssessment(CurrentUser.get(), id,
                valid(new MeasuresAssessmentForm(result, reasoning)), resource(request)));
    }

    @PostMapping("/samarbeidsmoter/{id}/utfall")
    public String outcome(@PathVariable UUID id, @RequestParam String agreedPlan,
                          @RequestParam(required = false) String nextSteps,
                          @RequestParam(defaultValue = "false") boolean claimRecommended,
                          @RequestParam(required = false) String documentsNeeded,
                          @RequestParam(required = false) String followUpDate, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        List<String> documents = lines(documentsNeeded).toList();
        return act(id, model, request, response, () -> service.recordOutcome(CurrentUser.get(), id,
                valid(new Outcome(agreedPlan, claimRecommended, documents,
                        Bokmal.parseDate(followUpDate, "Oppfølgingsdato"), nextSteps)), resource(request)));
    }

    /** Does the step; on success back to the conference (post/redirect/get), otherwise the page with the reason. */
    private String act(UUID id, Model model, HttpServletRequest request, HttpServletResponse response,
                       Supplier<CaseConference> step) {
        try {
            step.get();
            return "redirect:/sider/samarbeidsmoter/" + id;
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(id, model, request, "Det gikk ikke: " + e.getMessage());
        } catch (Bokmal.PageInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, model, request, e.getMessage());
        } catch (AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(id, model, request, e.getMessage());
        }
    }

    private String show(UUID id, Model model, HttpServletRequest request, String error) {
        NavUser user = CurrentUser.get();
        CaseConference conference = service.read(user, id, "GET /sider/samarbeidsmoter/" + id);
        model.addAttribute("user", user);
        model.addAttribute("fmt", bokmal);
        model.addAttribute("c", conference);
        model.addAttribute("history", service.history(conference));
        model.addAttribute("historikk", HISTORY_WORDS);
        model.addAttribute("scheduleBy", deadlines.scheduleBy(conference));
        model.addAttribute("overdue", deadlines.isOverdue(conference));
        model.addAttribute("runsMeeting", access.decideChange(user, conference).permitted());
        model.addAttribute("myRole", Arrays.stream(ParticipantRole.values())
                .filter(role -> access.decideAnswer(user, conference, role).permitted()).findFirst().orElse(null));
        model.addAttribute("mayAdvise", access.decideAdvice(user, conference).permitted());
        model.addAttribute("mayAssess", access.decideMeasuresAssessment(user, conference).permitted());
        model.addAttribute("slotProposals", conference.status() == ConferenceStatus.REQUESTED
                ? service.slotProposals(conference) : List.of());
        model.addAttribute("availability", service.availability(conference));
        model.addAttribute("meetingMinutes", deadlines.meetingLength().toMinutes());
        model.addAttribute("cancellationReasons", CancellationReason.values());
        model.addAttribute("error", error);
        return "sider/samarbeidsmote";
    }

    private <T> T valid(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new Bokmal.PageInputException(FormErrors.describe(violations));
        }
        return form;
    }

    private Row row(CaseConference c, ConferenceDeadlines.ListDeadlines deadlines) {
        boolean answersMissing = c.meeting() == null || c.participants().stream().map(Participant::answer)
                .anyMatch(a -> a == InvitationAnswer.DECLINED || a == InvitationAnswer.PROPOSED_OTHER_TIME);
        boolean needsAction = (c.status() == ConferenceStatus.REQUESTED && answersMissing)
                || c.status() == ConferenceStatus.HELD;
        LocalDate scheduleBy = deadlines.scheduleBy(c);
        return new Row(c, scheduleBy, deadlines.isOverdue(c), needsAction, "/sider/samarbeidsmoter/" + c.id(),
                "Samarbeidsmøte " + c.id().toString().substring(0, 8), bokmal.time(c.requestedAt()),
                bokmal.date(scheduleBy), c.meeting() == null ? "Ikke foreslått" : bokmal.time(c.meeting().startsAt()));
    }

    private static Stream<String> lines(String text) {
        return text == null ? Stream.empty()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty());
    }

    private static String resource(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    /**
     * A conference in a list: no national id, so showing it is not a read of the person's data. The texts of its
     * cells are made once here, not by the template: a row may be shown in three of the office's lists, and each
     * expression a template evaluates per row is a reflective call (docs/PERFORMANCE.md, "Load").
     *
     * @param path         the conference's page
     * @param name         "Samarbeidsmøte" and the first characters of its id
     * @param requested    when it was requested, in Norwegian time
     * @param scheduleByText the date it is to be scheduled by
     * @param meetingText  when the meeting is, or that none is proposed
     */
    public record Row(CaseConference conference, LocalDate scheduleBy, boolean overdue, boolean needsAction,
                      String path, String name, String requested, String scheduleByText, String meetingText) {
    }
}
