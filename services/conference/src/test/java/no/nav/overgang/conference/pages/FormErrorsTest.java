package no.nav.overgang.conference.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import no.nav.overgang.conference.conference.Meeting;
import no.nav.overgang.conference.conference.Outcome;

/** The pages say what is wrong with a form in bokmål, naming the field as the form does. */
class FormErrorsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void a_missing_field_and_a_too_long_one_are_named_in_bokmal() {
        var outcome = new Outcome(" ", false, List.of(), null, "x".repeat(4001));

        assertThat(FormErrors.describe(validator.validate(outcome)))
                .isEqualTo("Sjekk skjemaet: Avtalt plan må fylles ut. Neste steg er for lang (høyst 4000 tegn).");
    }

    @Test
    void a_rule_with_its_own_sentence_uses_it() {
        var meeting = new Meeting(Instant.parse("2026-03-11T12:00:00Z"), null, "http://video.example.nav.no/m/1");

        assertThat(FormErrors.describe(validator.validate(meeting)))
                .isEqualTo("Sjekk skjemaet: Videolenken må være en https-adresse.");
    }
}
