package no.nav.overgang.handover.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.HandoverAcknowledged;
import no.nav.overgang.events.payload.HandoverClaimed;
import no.nav.overgang.events.payload.HandoverReturned;
import no.nav.overgang.handover.calendar.HandoverDeadlines;
import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.outbox.Outbox;
import no.nav.overgang.platform.pages.Texts;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;
import no.nav.overgang.platform.web.ConflictException;
import no.nav.overgang.platform.web.ListPage;
import no.nav.overgang.platform.web.NotFoundException;

/**
 * The benefits unit's inbox and the office's returned handovers. Showing a case's handover is a read of that person's
 * data, so each one is audited; every step is checked against the handover, audited, and announced (outbox). A denied
 * attempt is audit-logged too: the denial must survive the exception, so there is no rollback for it.
 */
@Service
public class HandoverInbox {

    /** The bokmål refusals (HTTP 409/403/404 detail and the pages' messages). */
    static final Texts TEXTS = new Texts("handover-messages");

    private final HandoverRepository handovers;
    private final HandoverDeadlines deadlines;
    private final AuditLog audit;
    private final Outbox outbox;
    private final BusinessClock businessClock;
    private final Clock clock;

    public HandoverInbox(HandoverRepository handovers, HandoverDeadlines deadlines, AuditLog audit, Outbox outbox,
                         BusinessClock businessClock, Clock clock) {
        this.handovers = handovers;
        this.deadlines = deadlines;
        this.audit = audit;
        this.outbox = outbox;
        this.businessClock = businessClock;
        this.clock = clock;
    }

    /**
     * A page of the handovers to the caseworker's units, filtered, oldest first unless {@code newestFirst}, after
     * {@code after} (null: from the start), at most {@code limit}. Only those shown are audited, in one batch.
     */
    @Transactional
    public ListPage<Handover> forUser(NavUser user, InboxFilter filter, ListPage.Cursor after, int limit,
                                      String resource) {
        ListPage<Handover> page = handovers.forUnits(user.offices(), filter.status(),
                filter.overdueOnly() ? deadlines.overdueIfReceivedBefore() : null, filter.newestFirst(), after, limit);
        audit.recordAll(page.items().stream().map(handover -> new AuditEntry(user, handover.caseKey(), null,
                "list handover in inbox", resource, Decision.PERMIT,
                "benefits caseworker at the receiving unit " + handover.benefitsUnit())).toList());
        return page;
    }

    /**
     * A page of the handovers the benefits units sent back to the adviser's offices, last returned first, after
     * {@code after} (null: from the last), at most {@code limit}, as returned is final and the list only grows.
     * Only those shown are audited, in one batch.
     */
    @Transactional
    public ListPage<Handover> returnedToOffice(NavUser user, ListPage.Cursor after, int limit, String resource) {
        ListPage<Handover> page = handovers.returnedTo(user.offices(), after, limit);
        audit.recordAll(page.items().stream().map(handover -> new AuditEntry(user, handover.caseKey(), null,
                "list returned handover", resource, Decision.PERMIT,
                "NAV office adviser at the case's office " + handover.office())).toList());
        return page;
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Handover read(NavUser user, UUID id, String resource) {
        Handover handover = handovers.find(id).orElseThrow(() -> new NotFoundException(TEXTS.get("refusal.not-found")));
        Verdict verdict;
        if (isCaseworkerOf(user, handover)) {
            verdict = new Verdict(Decision.PERMIT, "benefits caseworker at the receiving unit " + handover.benefitsUnit(),
                    null);
        } else if (user.has(Role.NAV_OFFICE_ADVISER) && user.worksFor(handover.office())) {
            verdict = new Verdict(Decision.PERMIT, "NAV office adviser at the case's office " + handover.office(), null);
        } else {
            verdict = new Verdict(Decision.DENY, "neither the receiving benefits unit nor the case's office",
                    TEXTS.get("forbidden.read"));
        }
        check(user, handover, verdict, "read handover", resource);
        return handover;
    }

    /** One caseworker at a time: a handover claimed by another is a conflict. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Handover claim(NavUser user, UUID id, String resource) {
        Handover handover = lockAsCaseworker(user, id, "claim handover", resource);
        if (handover.claimedBy() != null && !handover.claimedBy().equals(user.navIdent())) {
            throw new ConflictException(TEXTS.get("refusal.claimed-by-other", handover.claimedBy()));
        }
        if (handover.claimedBy() != null) {
            return handover;
        }
        Handover claimed = handover.withStep(handover.status().moveTo(HandoverStatus.CLAIMED), user.navIdent(), null);
        handovers.saveStep(claimed, clock.instant());
        announce(claimed, new HandoverClaimed(claimed.id(), claimed.conferenceId(), claimed.arm(), claimed.office(),
                claimed.benefitsUnit()));
        return claimed;
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Handover acknowledge(NavUser user, UUID id, String resource) {
        Handover handover = lockAsClaimer(user, id, "acknowledge handover", resource);
        Handover acknowledged = handover.withStep(handover.status().moveTo(HandoverStatus.ACKNOWLEDGED),
                handover.claimedBy(), null);
        handovers.saveStep(acknowledged, clock.instant());
        announce(acknowledged, new HandoverAcknowledged(acknowledged.id(), acknowledged.conferenceId(),
                acknowledged.arm(), acknowledged.office(), acknowledged.benefitsUnit(),
                deadlines.acknowledgedInTime(handover)));
        return acknowledged;
    }

    /** Back to the office, with what is missing; the office sees it among its returned handovers. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Handover returnToOffice(NavUser user, UUID id, String reason, String resource) {
        Handover handover = lockAsClaimer(user, id, "return handover to office", resource);
        Handover returned = handover.withStep(handover.status().moveTo(HandoverStatus.RETURNED),
                handover.claimedBy(), reason.strip());
        handovers.saveStep(returned, clock.instant());
        announce(returned, new HandoverReturned(returned.id(), returned.conferenceId(), returned.arm(),
                returned.office(), returned.benefitsUnit()));
        return returned;
    }

    private Handover lockAsCaseworker(NavUser user, UUID id, String action, String resource) {
        Handover handover = handovers.findForUpdate(id).orElseThrow(() -> new NotFoundException(TEXTS.get("refusal.not-found")));
        check(user, handover, isCaseworkerOf(user, handover)
                ? new Verdict(Decision.PERMIT, "benefits caseworker at the receiving unit " + handover.benefitsUnit(),
                        null)
                : new Verdict(Decision.DENY, "only a caseworker at the receiving unit " + handover.benefitsUnit()
                        + " may act on the handover", TEXTS.get("forbidden.act", handover.benefitsUnit())),
                action, resource);
        return handover;
    }

    private Handover lockAsClaimer(NavUser user, UUID id, String action, String resource) {
        Handover handover = lockAsCaseworker(user, id, action, resource);
        if (handover.claimedBy() == null) {
            throw new ConflictException(TEXTS.get("refusal.not-claimed"));
        }
        if (!handover.claimedBy().equals(user.navIdent())) {
            throw new ConflictException(TEXTS.get("refusal.not-yours", handover.claimedBy()));
        }
        return handover;
    }

    private static boolean isCaseworkerOf(NavUser user, Handover handover) {
        return user.has(Role.BENEFITS_CASEWORKER) && user.worksFor(handover.benefitsUnit());
    }

    private void check(NavUser user, Handover handover, Verdict verdict, String action, String resource) {
        audit.record(new AuditEntry(user, handover.caseKey(), null, action, resource, verdict.decision(),
                verdict.rule()));
        if (verdict.decision() != Decision.PERMIT) {
            throw new AccessDeniedException(verdict.refusal());
        }
    }

    /** A person's step is a new fact, announced once, at the latest business time this service has seen. */
    private void announce(Handover handover, EventPayload payload) {
        EventType type = EventType.of(payload);
        Instant now = businessClock.now();
        outbox.add(new EventEnvelope<>(UUID.randomUUID(), type.typeName(), type.schemaVersion(),
                now.isAfter(handover.receivedAt()) ? now : handover.receivedAt(), clock.instant(),
                OutcomeHandler.SERVICE, handover.caseKey(), handover.chain().correlationId(),
                handover.chain().outcomeEventId(), payload));
    }

    /** @param rule why, for the audit log; {@code refusal} what the refused person reads, in bokmål */
    private record Verdict(Decision decision, String rule, String refusal) {
    }

    /**
     * @param status      only handovers in this status; null for all
     * @param overdueOnly only those not acknowledged within the target
     * @param newestFirst newest first instead of oldest first
     */
    public record InboxFilter(HandoverStatus status, boolean overdueOnly, boolean newestFirst) {
    }
}
