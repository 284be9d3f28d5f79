package no.nav.overgang.handover.inbox;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.security.NavUser;

/** The benefits unit's inbox. Showing a case's handover is a read of that person's data, so each one is audited. */
@Service
public class HandoverInbox {

    private final HandoverRepository handovers;
    private final AuditLog audit;

    public HandoverInbox(HandoverRepository handovers, AuditLog audit) {
        this.handovers = handovers;
        this.audit = audit;
    }

    @Transactional
    public List<Handover> forUser(NavUser user, String resource) {
        List<Handover> inbox = handovers.forUnits(user.offices());
        for (Handover handover : inbox) {
            audit.record(new AuditEntry(user, handover.caseKey(), null, "list handover in inbox", resource,
                    AuditEntry.Decision.PERMIT, "benefits caseworker at the receiving unit " + handover.benefitsUnit()));
        }
        return inbox;
    }
}
