package no.nav.overgang.intake;

/** Submissions for the intake's tests; national ids are synthetic (month + 40). */
public final class IntakeFixtures {

    public static final String SYNTHETIC_ID = "15436840087";
    public static final String OTHER_SYNTHETIC_ID = "02447140090";
    public static final String OFFICE = "0315";
    public static final String MARCH_2 = "2026-03-02T09:00:00Z";

    private IntakeFixtures() {
    }

    public static String week39(String eventId, String nationalId) {
        return week39(eventId, nationalId, OFFICE, MARCH_2);
    }

    public static String week39(String eventId, String nationalId, String office, String occurredAt) {
        return """
                {"eventId":"%s","source":"SYKEPENGER","milestone":"WEEK_39_NOTICE","nationalId":"%s",
                 "office":"%s","occurredAt":"%s",
                 "details":{"maxDate":"2026-05-26","remainingBenefitDays":61}}"""
                .formatted(eventId, nationalId, office, occurredAt);
    }
}
