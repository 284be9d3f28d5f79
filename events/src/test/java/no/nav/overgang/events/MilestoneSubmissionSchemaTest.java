package no.nav.overgang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.nav.overgang.events.InvalidEventException.Reason;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.source.MilestoneSubmission;

class MilestoneSubmissionSchemaTest {

    static final String VALID = """
            {"eventId":"sp-1","source":"SYKEPENGER","milestone":"WEEK_39_NOTICE","nationalId":"15436840087",
             "office":"0315","occurredAt":"2026-03-02T09:00:00Z","details":{"maxDate":"2026-05-26","remainingBenefitDays":61}}
            """;

    @Test
    void a_valid_submission_binds() {
        MilestoneSubmission submission = read(VALID);

        assertThat(submission.milestone()).isEqualTo(MilestoneType.WEEK_39_NOTICE);
        assertThat(submission.details().remainingBenefitDays()).isEqualTo(61);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "national id too short       | \"15436840087\" | \"1543684008\"  | /nationalId",
            "office not 4 digits         | \"0315\"        | \"315\"         | /office",
            "unknown milestone           | \"WEEK_39_NOTICE\" | \"WEEK_40_NOTICE\" | /milestone",
            "unknown field in details    | \"remainingBenefitDays\" | \"remainingDays\" | /details",
            "occurredAt not a timestamp  | \"2026-03-02T09:00:00Z\" | \"yesterday\" | /occurredAt"})
    void an_invalid_submission_is_refused_naming_the_field(String why, String from, String to, String path) {
        assertThatThrownBy(() -> read(VALID.replace(from, to)))
                .as(why)
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SCHEMA_INVALID);
                    assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).startsWith(path));
                });
    }

    @Test
    void a_missing_required_field_is_named() {
        assertThatThrownBy(() -> read(VALID.replace("\"office\":\"0315\",", "")))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.getMessage()).contains("office"));
    }

    private static MilestoneSubmission read(String json) {
        return EventJson.readValidated(json.getBytes(StandardCharsets.UTF_8), MilestoneSubmission.SCHEMA_RESOURCE,
                MilestoneSubmission.class);
    }
}
