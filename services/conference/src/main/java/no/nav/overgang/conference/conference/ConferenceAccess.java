package no.nav.overgang.conference.conference;

import org.springframework.stereotype.Component;

import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;

/**
 * Who may see and act on a conference: the three invited roles, each within their own office, unit or medical adviser
 * pool (a medical adviser's token lists the pools they belong to among their units). Advice and decisions are kept
 * apart: a medical adviser advises and never records the outcome or the § 12-5 assessment.
 */
@Component
public class ConferenceAccess {

    public Verdict decide(NavUser user, CaseConference conference) {
        if (user.has(Role.NAV_OFFICE_ADVISER) && user.worksFor(conference.office())) {
            return permit("NAV office adviser at the case's office " + conference.office());
        }
        if (user.has(Role.BENEFITS_CASEWORKER) && user.worksFor(conference.benefitsUnit())) {
            return permit("benefits caseworker at the serving unit " + conference.benefitsUnit());
        }
        if (isInvitedMedicalAdviser(user, conference)) {
            return permit("medical adviser in the invited pool");
        }
        return deny("not invited: neither the case's office, its benefits unit nor the invited medical adviser pool",
                "forbidden.not-invited");
    }

    /** Only the NAV office runs the meeting: proposes and moves it, marks it held, cancels it, records the outcome. */
    public Verdict decideChange(NavUser user, CaseConference conference) {
        if (user.has(Role.MEDICAL_ADVISER)) {
            return deny("a medical adviser advises and never records decisions on the conference",
                    "forbidden.medical-adviser-change");
        }
        if (user.has(Role.NAV_OFFICE_ADVISER) && user.worksFor(conference.office())) {
            return permit("NAV office adviser at the case's office " + conference.office());
        }
        return deny("only a NAV office adviser at the case's office may change the conference", "forbidden.not-office");
    }

    /** Each role answers its own invitation. */
    public Verdict decideAnswer(NavUser user, CaseConference conference, ParticipantRole role) {
        String unit = conference.participant(role).unit();
        boolean fills = switch (role) {
            case NAV_OFFICE -> user.has(Role.NAV_OFFICE_ADVISER);
            case BENEFITS_UNIT -> user.has(Role.BENEFITS_CASEWORKER);
            case MEDICAL_ADVISER -> user.has(Role.MEDICAL_ADVISER);
        } && user.worksFor(unit);
        return fills ? permit("invited as " + role + " from " + unit)
                : deny("only the invited " + role + " from " + unit + " may answer that invitation",
                        "forbidden.not-invited-role", unit);
    }

    public Verdict decideAdvice(NavUser user, CaseConference conference) {
        if (isInvitedMedicalAdviser(user, conference)) {
            return permit("medical adviser in the invited pool");
        }
        return deny("only the invited medical adviser records advice", "forbidden.not-medical-adviser");
    }

    /** The § 12-5 assessment (tiltaksvilkår) belongs to the authority the case's pilot variant names. */
    public Verdict decideMeasuresAssessment(NavUser user, CaseConference conference) {
        if (user.has(Role.MEDICAL_ADVISER)) {
            return deny("a medical adviser advises and never records the § 12-5 assessment",
                    "forbidden.medical-adviser-assessment");
        }
        MeasuresAuthority authority = conference.measuresAuthority();
        boolean holds = switch (authority) {
            case NAV_OFFICE -> user.has(Role.NAV_OFFICE_ADVISER) && user.worksFor(conference.office());
            case BENEFITS_UNIT -> user.has(Role.BENEFITS_CASEWORKER) && user.worksFor(conference.benefitsUnit());
        };
        String holder = authority == MeasuresAuthority.NAV_OFFICE
                ? "a NAV office adviser at the case's office " + conference.office()
                : "a caseworker at the serving benefits unit " + conference.benefitsUnit();
        return holds ? permit("§ 12-5 authority " + authority + ": " + holder)
                : deny("in this pilot variant only " + holder + " may record the § 12-5 assessment",
                        authority == MeasuresAuthority.NAV_OFFICE ? "forbidden.not-authority-office"
                                : "forbidden.not-authority-unit",
                        authority == MeasuresAuthority.NAV_OFFICE ? conference.office() : conference.benefitsUnit());
    }

    private static boolean isInvitedMedicalAdviser(NavUser user, CaseConference conference) {
        return user.has(Role.MEDICAL_ADVISER)
                && user.worksFor(conference.participant(ParticipantRole.MEDICAL_ADVISER).unit());
    }

    private static Verdict permit(String rule) {
        return new Verdict(Decision.PERMIT, rule, null);
    }

    /** @param rule the rule for the audit log; {@code refusalKey} the bokmål refusal the person reads (HTTP 403) */
    private static Verdict deny(String rule, String refusalKey, Object... args) {
        return new Verdict(Decision.DENY, rule, IllegalConferenceMoveException.TEXTS.get(refusalKey, args));
    }

    /**
     * @param rule    why, for the audit log
     * @param refusal what the refused person reads, in bokmål; null when permitted
     */
    public record Verdict(Decision decision, String rule, String refusal) {

        public boolean permitted() {
            return decision == Decision.PERMIT;
        }
    }
}
