package no.nav.overgang.conference.conference;

import org.springframework.stereotype.Component;

import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;

/**
 * Who may see and act on a conference: the three invited roles, each within their own office, unit or medical adviser
 * pool (a medical adviser's token lists the pools they belong to among their units).
 */
@Component
public class ConferenceAccess {

    public Verdict decide(NavUser user, CaseConference conference) {
        if (user.has(Role.NAV_OFFICE_ADVISER) && user.worksFor(conference.office())) {
            return new Verdict(Decision.PERMIT, "NAV office adviser at the case's office " + conference.office());
        }
        if (user.has(Role.BENEFITS_CASEWORKER) && user.worksFor(conference.benefitsUnit())) {
            return new Verdict(Decision.PERMIT, "benefits caseworker at the serving unit " + conference.benefitsUnit());
        }
        if (user.has(Role.MEDICAL_ADVISER) && conference.invitations().stream().anyMatch(invitation ->
                invitation.role() == ParticipantRole.MEDICAL_ADVISER && user.worksFor(invitation.unit()))) {
            return new Verdict(Decision.PERMIT, "medical adviser in the invited pool");
        }
        return new Verdict(Decision.DENY,
                "not invited: neither the case's office, its benefits unit nor the invited medical adviser pool");
    }

    /** Only the NAV office runs the meeting and records its outcome. */
    public Verdict decideChange(NavUser user, CaseConference conference) {
        if (user.has(Role.NAV_OFFICE_ADVISER) && user.worksFor(conference.office())) {
            return new Verdict(Decision.PERMIT, "NAV office adviser at the case's office " + conference.office());
        }
        return new Verdict(Decision.DENY, "only a NAV office adviser at the case's office may change the conference");
    }

    public record Verdict(Decision decision, String rule) {

        public boolean permitted() {
            return decision == Decision.PERMIT;
        }
    }
}
