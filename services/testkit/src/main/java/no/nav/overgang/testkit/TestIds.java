package no.nav.overgang.testkit;

import java.util.UUID;
import java.util.regex.Pattern;

/** Fresh identifiers for test input that must stay recognisable in what the services show. */
public final class TestIds {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    private TestIds() {
    }

    /**
     * {@code prefix} and a random UUID, never with 11 digits in a row. Masked views (a dead letter's preview, for
     * one) hide every run of 11 or more digits, as they cannot tell a national id from other digits; a UUID's last
     * group is such a run about once in a hundred, and a test looking for its event there would then not find it.
     */
    public static String unmasked(String prefix) {
        String id;
        do {
            id = prefix + UUID.randomUUID();
        } while (ELEVEN_DIGITS.matcher(id).find());
        return id;
    }
}
