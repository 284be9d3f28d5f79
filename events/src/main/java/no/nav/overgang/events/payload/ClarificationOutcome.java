package no.nav.overgang.events.payload;

/** How a case was clarified (avklart); the list and its reasoning are in docs/PILOT.md. */
public enum ClarificationOutcome {
    /** Vedtak on uføretrygd: granted. */
    DISABILITY_GRANTED,
    /** Vedtak on uføretrygd: partly granted (gradert uføretrygd). */
    DISABILITY_PARTLY_GRANTED,
    /** Vedtak on uføretrygd: refused, whether or not under § 12-5. */
    DISABILITY_REFUSED,
    RETURNED_TO_WORK,
    /** A case that entered from sickness benefit was granted AAP on a ground other than § 11-18. */
    WORK_ASSESSMENT_GRANTED
}
