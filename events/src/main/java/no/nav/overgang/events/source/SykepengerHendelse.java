package no.nav.overgang.events.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event of the sickness-benefit systems (sykepenger and sykefraværsoppfølging) as they publish it on
 * {@link no.nav.overgang.events.Topics#SOURCE_SYKEPENGER}: the rapids-and-rivers envelope ({@code @event_name},
 * {@code @id}, {@code @opprettet} in Norwegian local time) with the event's own fields, named as the source names
 * them. Modelled on Spleis' {@code utbetaling_utbetalt} (forbrukte and gjenstående sykedager, maksdato as
 * {@code foreløpigBeregnetSluttPåSykepenger}); only {@code oppfølgingsenhet} is our addition, since the pilot needs
 * the NAV office. Validated against {@code schemas/SykepengerHendelse.v1.schema.json}; unknown fields are ignored.
 *
 * @param correlationId the sick-leave spell (sykefraværstilfelle); also the Kafka key
 */
public record SykepengerHendelse(
        @JsonProperty("@event_name") String eventName,
        @JsonProperty("@id") UUID id,
        @JsonProperty("@opprettet") LocalDateTime created,
        @JsonProperty("fødselsnummer") String nationalId,
        @JsonProperty("organisasjonsnummer") String employer,
        @JsonProperty("oppfølgingsenhet") String office,
        @JsonProperty("korrelasjonsId") String correlationId,
        /* sykefravaer_startet */
        @JsonProperty("skjæringstidspunkt") LocalDate firstDay,
        /* aktivitetskrav_vurdert: OPPFYLT, UNNTAK, IKKE_OPPFYLT, AVVENT */
        @JsonProperty("status") String status,
        /* maksdatovarsel_sendt and utbetaling_utbetalt */
        @JsonProperty("maksdato") LocalDate maxDate,
        @JsonProperty("foreløpigBeregnetSluttPåSykepenger") LocalDate provisionalEnd,
        @JsonProperty("forbrukteSykedager") Integer usedDays,
        @JsonProperty("gjenståendeSykedager") Integer remainingDays,
        @JsonProperty("utbetalingId") UUID paymentId,
        @JsonProperty("fom") LocalDate from,
        @JsonProperty("tom") LocalDate to,
        /* utbetaling_utbetalt: UTBETALING, ETTERUTBETALING, ANNULLERING, REVURDERING */
        @JsonProperty("type") String paymentType,
        /* sykefravaer_avsluttet: FRISKMELDT, MAKSDATO, ANNET */
        @JsonProperty("årsak") String endCause) {

    public static final String SCHEMA_RESOURCE = "schemas/SykepengerHendelse.v1.schema.json";

    /** The {@code @event_name}s the adapter knows. */
    public static final java.util.List<String> EVENT_NAMES = java.util.List.of("sykefravaer_startet",
            "aktivitetskrav_vurdert", "dialogmote_ferdigstilt", "maksdatovarsel_sendt", "utbetaling_utbetalt",
            "sykefravaer_avsluttet");

    @Override
    public String toString() {
        return "SykepengerHendelse[%s %s, office %s]".formatted(eventName, id, office);
    }
}
