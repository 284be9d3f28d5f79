package no.nav.overgang.intake.submission;

import no.nav.overgang.events.person.BirthDates;

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
        if (id == null || id.length() != 11) {
            return "must be 11 digits";
        }
        int[] digits = new int[11];
        for (int i = 0; i < 11; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return "must be 11 digits";
            }
            digits[i] = c - '0';
        }
        if (checkDigit(digits, FIRST_WEIGHTS) != digits[9] || checkDigit(digits, SECOND_WEIGHTS) != digits[10]) {
            return "check digits do not match";
        }
        if (BirthDates.monthDay(id).isEmpty()) {
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
