package no.nav.overgang.intake;

/** Submissions for the intake's tests; national ids are synthetic (month + 40). */
public final class IntakeFixtures {

    public static final String SYNTHETIC_ID = "15436840087";
    public static final String OTHER_SYNTHETIC_ID = "02047140008";

    private IntakeFixtures() {
    }

    public static String week39(String eventId, String nationalId) {
        return """
                {"eventId":"%s","source":"SYKEPENGER","milestone":"WEEK_39_NOTICE","nationalId":"%s",
                 "office":"0315","occurredAt":"2026-03-02T09:00:00Z",
                 "details":{"maxDate":"2026-05-26","remainingBenefitDays":61}}""".formatted(eventId, nationalId);
    }
}
