package no.nav.overgang.events.payload;

/** The canonical case milestones the sources publish, translated by the intake. */
public enum MilestoneType {
    SICK_LEAVE_STARTED,
    /** Aktivitetsplikt at 8 weeks (ftrl § 8-8). */
    ACTIVITY_REQUIREMENT_8_WEEKS,
    /** Dialogmøte 2, by week 26. */
    DIALOGUE_MEETING_2,
    /** The week-39 notice (39-ukersbrev). */
    WEEK_39_NOTICE,
    /** Maksdato reached: 248 benefit days used. */
    MAX_DATE_REACHED,
    SICKNESS_BENEFIT_ENDED,
    /** AAP granted, with its legal ground (e.g. § 11-6, § 11-13, § 11-17, § 11-18). */
    AAP_GRANTED,
    /** AAP extended (ftrl § 11-12). */
    AAP_EXTENDED,
    AAP_END_APPROACHING,
    AAP_ENDED,
    DISABILITY_CLAIM_RECEIVED,
    /** Vedtak on uføretrygd: granted, partly granted or refused. */
    DISABILITY_DECISION,
    RETURNED_TO_WORK,
    DIED,
    EMIGRATED,
    REACHED_RETIREMENT_AGE,
    MOVED_OFFICE
}
