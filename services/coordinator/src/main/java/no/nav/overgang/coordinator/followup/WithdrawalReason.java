package no.nav.overgang.coordinator.followup;

/**
 * Why a pilot administrator withdraws a case from follow-up. Coded, so it can travel in {@code CaseCensored}; a free
 * text note stays in the coordinator's timeline (it may name the person).
 */
public enum WithdrawalReason {
    /** The person asked not to take part in the pilot's follow-up. */
    PERSON_DECLINED("the person declined follow-up"),
    /** The case should not have entered: the milestone that entered it was wrong. */
    ENTERED_IN_ERROR("the case entered the cohort in error"),
    /** Anything else; the note says what. */
    OTHER("other reason");

    private final String description;

    WithdrawalReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
