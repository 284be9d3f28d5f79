package no.nav.overgang.intake.submission;

import java.time.Month;

/**
 * Checks a fødselsnummer or D-number: 11 digits, both mod-11 check digits right, and a real calendar date once
 * the offsets are removed (D-number: day + 40; NAV's synthetic ids: month + 40; Skatteetaten's: month + 80).
 */
public final class NationalId {

    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private NationalId() {
    }

    /** Why the id is not valid, or null when it is. Never includes the id itself. */
    public static String problem(String id) {
        if (id == null || !id.matches("\\d{11}")) {
            return "must be 11 digits";
        }
        int[] digits = id.chars().map(c -> c - '0').toArray();
        if (checkDigit(digits, FIRST_WEIGHTS) != digits[9] || checkDigit(digits, SECOND_WEIGHTS) != digits[10]) {
            return "check digits do not match";
        }
        int day = digits[0] * 10 + digits[1];
        int month = digits[2] * 10 + digits[3];
        if (day > 40) {
            day -= 40;
        }
        if (month > 80) {
            month -= 80;
        } else if (month > 40) {
            month -= 40;
        }
        // 29 February passes whatever the year: the century rules of the individual number do not hold for every id
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return "does not contain a valid date of birth";
        }
        return null;
    }

    private static int checkDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
}
