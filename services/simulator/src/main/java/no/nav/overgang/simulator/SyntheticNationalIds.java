package no.nav.overgang.simulator;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Synthetic national ids in NAV's test format: a real date of birth with 40 added to the month, an individual
 * number, and both mod-11 check digits. They can never belong to a real person.
 */
public final class SyntheticNationalIds {

    private static final int[] FIRST = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private SyntheticNationalIds() {
    }

    /** A synthetic id for someone born on {@code birth} (between 1940 and 1999: individual numbers 000-499). */
    public static String generate(LocalDate birth, RandomGenerator random) {
        if (birth.getYear() < 1940 || birth.getYear() > 1999) {
            throw new IllegalArgumentException("births from 1940 to 1999 use individual numbers 000-499");
        }
        while (true) {
            String nine = "%02d%02d%02d%03d".formatted(birth.getDayOfMonth(), birth.getMonthValue() + 40,
                    birth.getYear() % 100, random.nextInt(500));
            int k1 = check(nine, FIRST);
            if (k1 < 0) {
                continue;
            }
            int k2 = check(nine + k1, SECOND);
            if (k2 >= 0) {
                return nine + k1 + k2;
            }
        }
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }
}
