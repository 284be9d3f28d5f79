package no.nav.overgang.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

/**
 * A source event validated against its schema specialised to its event name finds exactly what the whole schema
 * finds: the per-event requirements, the shared fields, and the requirements of every event when the name is none
 * of the known ones.
 */
class SpecialisedSchemaTest {

    private static final String SYKEPENGER = "schemas/SykepengerHendelse.v1.schema.json";
    private static final String AAP = "schemas/AapVedtakHendelse.v1.schema.json";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sykefravaer_startet    | "skjæringstidspunkt": "2026-01-05"
            sykefravaer_startet    | "organisasjonsnummer": "999999999"
            aktivitetskrav_vurdert | "status": "OPPFYLT"
            aktivitetskrav_vurdert | "status": "KANSKJE"
            maksdatovarsel_sendt   | "maksdato": "2026-09-01", "gjenståendeSykedager": 40
            maksdatovarsel_sendt   | "maksdato": "2026-09-01"
            utbetaling_utbetalt    | "utbetalingId": "0b7e1d8c-2f5a-4c3e-9a61-7d2b5e8f1c40", "fom": "2026-01-01", "tom": "2026-01-31", "forbrukteSykedager": 20, "gjenståendeSykedager": 228, "foreløpigBeregnetSluttPåSykepenger": "2026-12-01", "type": "UTBETALING"
            utbetaling_utbetalt    | "fom": "2026-01-01", "tom": "2026-13-31"
            sykefravaer_avsluttet  | "tom": "2026-02-01", "årsak": "FRISKMELDT"
            dialogmote_ferdigstilt | "fødselsnummer": "123"
            ukjent_hendelse        | "tom": "2026-02-01"
            """)
    void a_sickness_benefit_event_finds_the_same_problems_as_with_the_whole_schema(String name, String fields) {
        JsonNode event = EventJson.parse("""
                {"@event_name": "%s", "@id": "5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3", "@opprettet": "2026-03-02T10:00:00",
                 "fødselsnummer": "15436840087", "oppfølgingsenhet": "0315", "korrelasjonsId": "spell-1", %s}"""
                .formatted(name, fields));

        assertThat(JsonSchemas.validate(SYKEPENGER, "@event_name", event))
                .containsExactlyInAnyOrderElementsOf(JsonSchemas.validate(SYKEPENGER, event));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            VEDTAK_OPPHORT | "opphørsårsak": "ANNET"
            VEDTAK_OPPHORT | "vedtaksdato": "2026-01-05"
            VEDTAK_FATTET  | "vedtaksdato": "2026-01-05"
            """)
    void a_work_assessment_event_finds_the_same_problems_as_with_the_whole_schema(String type, String fields) {
        JsonNode event = EventJson.parse("""
                {"hendelsestype": "%s", "id": "5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3", %s}""".formatted(type, fields));

        assertThat(JsonSchemas.validate(AAP, "hendelsestype", event))
                .containsExactlyInAnyOrderElementsOf(JsonSchemas.validate(AAP, event));
    }
}
