package no.nav.overgang.intake.deadletter;

import java.util.regex.Pattern;

/** Hides national ids from what administrators see of a dead letter: every run of 11 or more digits. */
final class Masking {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11,}");
    static final int PREVIEW_CHARACTERS = 600;

    private Masking() {
    }

    static String mask(String text) {
        return text == null ? null : ELEVEN_DIGITS.matcher(text).replaceAll(run -> "*".repeat(run.group().length()));
    }

    /** The start of the original, masked; binary originals are only described. */
    static String preview(String original, String encoding) {
        if (!"utf-8".equals(encoding)) {
            return "(binary, %d bytes as Base64)".formatted(original.length());
        }
        String start = original.length() > PREVIEW_CHARACTERS
                ? original.substring(0, PREVIEW_CHARACTERS) + "…" : original;
        return mask(start);
    }
}
