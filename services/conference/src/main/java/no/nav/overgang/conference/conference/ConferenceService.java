package no.nav.overgang.conference.conference;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.nav.overgang.conference.history.CaseHistory;
import no.nav.overgang.conference.scheduling.ConferenceDeadlines;
import no.nav.overgang.conference.scheduling.SlotProposals;
import no.nav.overgang.conference.scheduling.Window;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.AdviceRecorded;
import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.events.payload.ConferenceHeld;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.ConferenceScheduled;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.InvitationAnswered;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MeasuresAssessmentRecorded;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.outbox.Outbox;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;
import no.nav.overgang.platform.web.ListPage;
import no.nav.overgang.platform.web.NotFoundException;

/**
 * Reads and changes of conferences, each checked against the object and audit-logged with the verdict; every change
 * is announced on the conference topic in the same transaction (outbox). A denied attempt is audit-logged too: the
 * denial must survive the exception, so there is no rollback for it.
 */
@Service
public class ConferenceService {

    private final ConferenceRepository conferences;
    private final ConferenceAccess access;
    private final AuditLog audit;
    private final Outbox outbox;
    private final BusinessClock businessClock;
    private final ConferenceDeadlines deadlines;
    private final CaseHistory history;
    private final Clock clock;

    public ConferenceService(ConferenceRepository conferences, ConferenceAccess access, AuditLog audit, Outbox outbox,
                             BusinessClock businessClock, ConferenceDeadlines deadlines, CaseHistory history,
                             Clock clock) {
        this.conferences = conferences;
        this.history = history;
        this.deadlines = deadlines;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.businessClock = businessClock;
        this.clock = clock;
    }

    /**
     * A page of the conferences the user is invited to through their roles — office, benefits unit, medical adviser
     * pool — newest request first, after {@code after} (null: from the newest), at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public ListPage<CaseConference> forUser(NavUser user, ListPage.Cursor after, int limit) {
        Set<String> none = Set.of();
        List<CaseConference> found = conferences.invitingAny(
                user.has(Role.NAV_OFFICE_ADVISER) ? user.offices() : none,
                user.has(Role.BENEFITS_CASEWORKER) ? user.offices() : none,
                user.has(Role.MEDICAL_ADVISER) ? user.offices() : none, after, ListPage.fetchSize(limit));
        return ListPage.of(found, limit, c -> new ListPage.Cursor(c.requestedAt(), c.id()));
    }

    /**
     * The medical adviser's open invitations (requested, scheduled or held), oldest request first, at most
     * {@code limit}, with whether there are more.
     */
    @Transactional(readOnly = true)
    public ListPage<CaseConference> invitations(NavUser user, int limit) {
        List<CaseConference> found = conferences.inProgressInviting(user.offices(), ListPage.fetchSize(limit));
        return ListPage.of(found, limit, c -> new ListPage.Cursor(c.requestedAt(), c.id()));
    }

    /**
     * The office adviser's list, bounded: the conferences still in progress (requested, scheduled or held; at most
     * {@code limit}, oldest request first, as they are the most urgent) and the newest {@code limit} conferences
     * whatever their status. A fixed number of queries however many conferences the offices have, each reading at
     * most {@code limit + 1} conferences per office from an index in the list's order (no sort of the backlog).
     */
    @Transactional(readOnly = true)
    public OfficeConferences forOffices(NavUser user, int limit) {
        ConferenceRepository.OfficeLists lists = conferences.officeLists(user.offices(), limit + 1);
        List<CaseConference> inProgress = lists.inProgress();
        List<CaseConference> newest = lists.newest();
        return new OfficeConferences(inProgress.subList(0, Math.min(limit, inProgress.size())),
                inProgress.size() > limit, newest.subList(0, Math.min(limit, newest.size())), newest.size() > limit);
    }

    /**
     * One office list: the conferences in progress and the newest conferences, each with whether there were more
     * than the page shows.
     */
    public record OfficeConferences(List<CaseConference> inProgress, boolean moreInProgress,
                                    List<CaseConference> newest, boolean moreNewest) {
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference read(NavUser user, UUID id, String resource) {
        CaseConference conference = conferences.find(id)
                .orElseThrow(() -> new NotFoundException(IllegalConferenceMoveException.TEXTS.get("refusal.not-found")));
        check(user, conference, access.decide(user, conference), "read conference", resource);
        return conference;
    }

    /**
     * The office proposes when and where to meet; the three answers start over, the proposer's own as accepted. Once
     * a meeting is agreed, moving it is {@link #reschedule rescheduling}.
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference proposeMeeting(NavUser user, UUID id, Meeting meeting, String resource) {
        CaseConference conference = lockForChange(user, id, "propose conference meeting", resource);
        if (conference.status() != ConferenceStatus.REQUESTED) {
            throw IllegalConferenceMoveException.of("refusal.propose-when-agreed", conference.status().words());
        }
        CaseConference proposed = copy(conference, conference.status(), answersStartOver(conference, user), meeting,
                null, null);
        conferences.update(proposed);
        announce(proposed, answered(proposed, ParticipantRole.NAV_OFFICE));
        return proposed;
    }

    /** A role answers the proposed meeting; when all three have accepted, the conference is scheduled. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference answer(NavUser user, UUID id, ParticipantRole role, Answer answer, String resource) {
        CaseConference conference = conferences.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(IllegalConferenceMoveException.TEXTS.get("refusal.not-found")));
        check(user, conference, access.decideAnswer(user, conference, role), "answer conference invitation",
                resource);
        if (!conference.status().isOpen()) {
            throw IllegalConferenceMoveException.of("refusal.answer-closed", conference.status().words());
        }
        if (conference.meeting() == null) {
            throw IllegalConferenceMoveException.of("refusal.no-meeting-yet");
        }
        List<Participant> participants = conference.participants().stream()
                .map(p -> p.role() == role
                        ? new Participant(role, p.unit(), answer.answer(), answer.proposedStartsAt(), user.navIdent())
                        : p)
                .toList();
        CaseConference answered = copy(conference, conference.status(), participants, conference.meeting(), null,
                null);
        announce(answered, answered(answered, role));
        if (answered.status() == ConferenceStatus.REQUESTED && answered.allAccepted()) {
            answered = copy(answered, answered.status().moveTo(ConferenceStatus.SCHEDULED), participants,
                    answered.meeting(), null, null);
            announce(answered, scheduled(answered, false));
        }
        conferences.update(answered);
        return answered;
    }

    /** A role declares the times it can attend, replacing what it declared before. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference declareAvailability(NavUser user, UUID id, ParticipantRole role, Availability availability,
                                              String resource) {
        CaseConference conference = conferences.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(IllegalConferenceMoveException.TEXTS.get("refusal.not-found")));
        check(user, conference, access.decideAnswer(user, conference, role), "declare availability", resource);
        if (!conference.status().isOpen()) {
            throw IllegalConferenceMoveException.of("refusal.availability-closed", conference.status().words());
        }
        conferences.replaceAvailability(id, role, availability.windows(deadlines.meetingLength()));
        return conference;
    }

    /** The case's milestones and the coordinator's explained steps, oldest first; read only after {@link #read}. */
    public List<CaseHistoryEntry> history(CaseConference conference) {
        return history.of(conference.caseKey());
    }

    /** The windows each role has declared for the conference. */
    public Map<ParticipantRole, List<Window>> availability(CaseConference conference) {
        return conferences.availability(conference.id());
    }

    /**
     * Up to three starts of a whole meeting inside a window of each of the three roles, on working days within the
     * days left to schedule the conference in time; earliest first.
     */
    public List<Instant> slotProposals(CaseConference conference) {
        return SlotProposals.propose(conferences.availability(conference.id()), latest(conference),
                deadlines.scheduleBy(conference), deadlines.zone(), deadlines.meetingLength(), deadlines.slotStep(), 3);
    }

    /** The office moves an agreed meeting; participants are asked to answer the new time. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference reschedule(NavUser user, UUID id, Meeting meeting, String resource) {
        CaseConference conference = lockForChange(user, id, "reschedule conference", resource);
        CaseConference moved = copy(conference, conference.status().moveTo(ConferenceStatus.RESCHEDULED),
                answersStartOver(conference, user), meeting, null, null);
        conferences.update(moved);
        announce(moved, scheduled(moved, true));
        return moved;
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference markHeld(NavUser user, UUID id, String resource) {
        CaseConference conference = lockForChange(user, id, "mark conference held", resource);
        CaseConference held = copy(conference, conference.status().moveTo(ConferenceStatus.HELD),
                conference.participants(), conference.meeting(), null, null);
        conferences.update(held);
        announce(held, new ConferenceHeld(held.id(), held.arm(), held.office(), held.benefitsUnit()));
        return held;
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference cancel(NavUser user, UUID id, Cancellation cancellation, String resource) {
        CaseConference conference = lockForChange(user, id, "cancel conference", resource);
        Cancellation given = cancellation.given();
        CaseConference cancelled = copy(conference, conference.status().moveTo(ConferenceStatus.CANCELLED),
                conference.participants(), conference.meeting(), given, null);
        conferences.update(cancelled);
        announce(cancelled, new ConferenceCancelled(cancelled.id(), cancelled.arm(), cancelled.office(),
                cancelled.benefitsUnit(), given.reasonCode()));
        return cancelled;
    }

    /** The invited medical adviser's advice, before or in the meeting; it may be revised until the outcome. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference recordAdvice(NavUser user, UUID id, Advice advice, String resource) {
        CaseConference conference = conferences.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(IllegalConferenceMoveException.TEXTS.get("refusal.not-found")));
        check(user, conference, access.decideAdvice(user, conference), "record medical advice", resource);
        refuseWhenFinished(conference, "what.advice");
        conferences.saveAdvice(id, new Recorded<>(advice, user.navIdent(), clock.instant()));
        announce(conference, new AdviceRecorded(conference.id(), conference.arm(), conference.office(),
                conference.benefitsUnit()));
        return conferences.find(id).orElseThrow();
    }

    /** The § 12-5 assessment (tiltaksvilkår), only by the authority the case's pilot variant names. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference recordMeasuresAssessment(NavUser user, UUID id, MeasuresAssessmentForm form,
                                                   String resource) {
        CaseConference conference = conferences.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(IllegalConferenceMoveException.TEXTS.get("refusal.not-found")));
        check(user, conference, access.decideMeasuresAssessment(user, conference),
                "record § 12-5 measures assessment", resource);
        refuseWhenFinished(conference, "what.measures-assessment");
        var assessment = new MeasuresAssessment(form.result(), form.reasoning().strip(),
                conference.measuresAuthority());
        conferences.saveMeasuresAssessment(id, new Recorded<>(assessment, user.navIdent(), clock.instant()));
        announce(conference, new MeasuresAssessmentRecorded(conference.id(), conference.arm(), conference.office(),
                conference.benefitsUnit(), conference.measuresAuthority(), form.result()));
        return conferences.find(id).orElseThrow();
    }

    /**
     * The outcome issues the handover: it carries the outcome, the advice, the § 12-5 assessment and the case's
     * history (milestones and the coordinator's explanations).
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference recordOutcome(NavUser user, UUID id, Outcome outcome, String resource) {
        CaseConference conference = lockForChange(user, id, "record conference outcome", resource);
        CaseConference finished = copy(conference, conference.status().moveTo(ConferenceStatus.OUTCOME_RECORDED),
                conference.participants(), conference.meeting(), null, outcome);
        conferences.update(finished);
        UUID eventId = EventIds.derived(conference.id(), EventType.CONFERENCE_OUTCOME_RECORDED, null);
        outbox.add(envelope(eventId, finished, new ConferenceOutcomeRecorded(conference.id(), conference.arm(),
                conference.office(), conference.benefitsUnit(), outcome.agreedPlan(),
                outcome.disabilityClaimRecommended(), outcome.documentsNeeded(), outcome.followUpDate(),
                outcome.nextSteps(), conference.advice() == null ? null : conference.advice().content().toEvent(),
                conference.measuresAssessment() == null ? null : conference.measuresAssessment().content(),
                conference.explanation(), history.of(conference.caseKey()))));
        return finished;
    }

    private CaseConference lockForChange(NavUser user, UUID id, String action, String resource) {
        CaseConference conference = conferences.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(IllegalConferenceMoveException.TEXTS.get("refusal.not-found")));
        check(user, conference, access.decideChange(user, conference), action, resource);
        return conference;
    }

    private void check(NavUser user, CaseConference conference, ConferenceAccess.Verdict verdict, String action,
                       String resource) {
        audit.record(new AuditEntry(user, conference.caseKey(), null, action, resource, verdict.decision(),
                verdict.rule()));
        if (!verdict.permitted()) {
            throw new AccessDeniedException(verdict.refusal());
        }
    }

    private static void refuseWhenFinished(CaseConference conference, String what) {
        if (conference.status() == ConferenceStatus.OUTCOME_RECORDED
                || conference.status() == ConferenceStatus.CANCELLED) {
            throw IllegalConferenceMoveException.of("refusal.finished", conference.status().words(),
                    IllegalConferenceMoveException.TEXTS.get(what));
        }
    }

    private static List<Participant> answersStartOver(CaseConference conference, NavUser proposer) {
        return conference.participants().stream()
                .map(p -> p.role() == ParticipantRole.NAV_OFFICE
                        ? new Participant(p.role(), p.unit(), InvitationAnswer.ACCEPTED, null, proposer.navIdent())
                        : new Participant(p.role(), p.unit(), InvitationAnswer.PENDING, null, null))
                .toList();
    }

    private static InvitationAnswered answered(CaseConference c, ParticipantRole role) {
        Participant p = c.participant(role);
        return new InvitationAnswered(c.id(), c.arm(), c.office(), c.benefitsUnit(), role, p.answer(),
                p.proposedStartsAt());
    }

    private static ConferenceScheduled scheduled(CaseConference c, boolean rescheduled) {
        return new ConferenceScheduled(c.id(), c.arm(), c.office(), c.benefitsUnit(), c.meeting().startsAt(),
                rescheduled);
    }

    /** A person's action is a new fact, announced once, in the transaction that records it. */
    private void announce(CaseConference conference, EventPayload payload) {
        outbox.add(envelope(UUID.randomUUID(), conference, payload));
    }

    /** The step happens now in business terms: the latest business time this service has seen. */
    private EventEnvelope<EventPayload> envelope(UUID eventId, CaseConference conference, EventPayload payload) {
        EventType type = EventType.of(payload);
        return new EventEnvelope<>(eventId, type.typeName(), type.schemaVersion(), latest(conference), clock.instant(),
                ConferenceRequestedHandler.SERVICE, conference.caseKey(), conference.chain().correlationId(),
                conference.chain().requestEventId(), payload);
    }

    private Instant latest(CaseConference conference) {
        Instant now = businessClock.now();
        return now.isAfter(conference.requestedAt()) ? now : conference.requestedAt();
    }

    private static CaseConference copy(CaseConference c, ConferenceStatus status, List<Participant> participants,
                                       Meeting meeting, Cancellation cancellation, Outcome outcome) {
        return new CaseConference(c.id(), c.caseKey(), c.nationalId(), c.office(), c.benefitsUnit(), c.arm(),
                c.measuresAuthority(), status, c.requestedAt(), c.explanation(), participants, meeting,
                cancellation == null ? c.cancellation() : cancellation, c.advice(),
                c.measuresAssessment(), outcome == null ? c.outcome() : outcome, c.chain());
    }
}
