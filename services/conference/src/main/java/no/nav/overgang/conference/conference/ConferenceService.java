package no.nav.overgang.conference.conference;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.outbox.Outbox;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.web.NotFoundException;

/** Reads and changes of conferences, each checked against the object and audit-logged with the verdict. */
@Service
public class ConferenceService {

    private final ConferenceRepository conferences;
    private final ConferenceAccess access;
    private final AuditLog audit;
    private final Outbox outbox;
    private final BusinessClock businessClock;
    private final Clock clock;

    public ConferenceService(ConferenceRepository conferences, ConferenceAccess access, AuditLog audit, Outbox outbox,
                             BusinessClock businessClock, Clock clock) {
        this.conferences = conferences;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.businessClock = businessClock;
        this.clock = clock;
    }

    public List<CaseConference> forMyOffices(NavUser user) {
        return conferences.forOffices(user.offices());
    }

    /** A denied read is audit-logged too; the denial must survive the exception, so no rollback for it. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference read(NavUser user, UUID id, String resource) {
        CaseConference conference = conferences.find(id)
                .orElseThrow(() -> new NotFoundException("no conference " + id));
        ConferenceAccess.Verdict verdict = access.decide(user, conference);
        audit.record(new AuditEntry(user, conference.caseKey(), null, "read conference", resource,
                verdict.decision(), verdict.rule()));
        if (!verdict.permitted()) {
            throw new AccessDeniedException(verdict.rule());
        }
        return conference;
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference markHeld(NavUser user, UUID id, String resource) {
        CaseConference conference = lockForChange(user, id, "mark conference held", resource);
        CaseConference held = withStatus(conference, conference.status().moveTo(ConferenceStatus.HELD), null);
        conferences.update(held);
        return held;
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public CaseConference recordOutcome(NavUser user, UUID id, Outcome outcome, String resource) {
        CaseConference conference = lockForChange(user, id, "record conference outcome", resource);
        CaseConference finished = withStatus(conference,
                conference.status().moveTo(ConferenceStatus.OUTCOME_RECORDED), outcome);
        conferences.update(finished);
        UUID eventId = EventIds.derived(conference.id(), EventType.CONFERENCE_OUTCOME_RECORDED, null);
        // the outcome happens now in business terms: the latest business time this service has seen
        outbox.add(new EventEnvelope<>(eventId, EventType.CONFERENCE_OUTCOME_RECORDED.typeName(),
                EventType.CONFERENCE_OUTCOME_RECORDED.schemaVersion(),
                latest(businessClock.now(), conference.requestedAt()), clock.instant(),
                ConferenceRequestedHandler.SERVICE, conference.caseKey(), conference.chain().correlationId(),
                conference.chain().requestEventId(),
                new ConferenceOutcomeRecorded(conference.id(), conference.arm(), conference.office(),
                        conference.benefitsUnit(), outcome.agreedPlan(), outcome.disabilityClaimRecommended(),
                        outcome.documentsNeeded(), outcome.followUpDate())));
        return finished;
    }

    private CaseConference lockForChange(NavUser user, UUID id, String action, String resource) {
        CaseConference conference = conferences.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("no conference " + id));
        ConferenceAccess.Verdict verdict = access.decideChange(user, conference);
        audit.record(new AuditEntry(user, conference.caseKey(), null, action, resource, verdict.decision(),
                verdict.rule()));
        if (!verdict.permitted()) {
            throw new AccessDeniedException(verdict.rule());
        }
        return conference;
    }

    private static CaseConference withStatus(CaseConference c, ConferenceStatus status, Outcome outcome) {
        return new CaseConference(c.id(), c.caseKey(), c.nationalId(), c.office(), c.benefitsUnit(), c.arm(),
                c.measuresAuthority(), status, c.requestedAt(), c.explanation(), c.invitations(),
                outcome == null ? c.outcome() : outcome, c.chain());
    }

    private static java.time.Instant latest(java.time.Instant a, java.time.Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
