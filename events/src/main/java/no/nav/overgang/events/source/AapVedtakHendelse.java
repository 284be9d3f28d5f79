package no.nav.overgang.events.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A decision event of the AAP system (Kelvin) as it publishes it on {@link no.nav.overgang.events.Topics#SOURCE_AAP}:
 * saksnummer, the person's ident, the rettighetstype the decision grants and the period. Validated against
 * {@code schemas/AapVedtakHendelse.v1.schema.json}; unknown fields are ignored.
 *
 * @param type       VEDTAK_INNVILGET, VEDTAK_FORLENGET (ftrl § 11-12), STANS_VARSLET, VEDTAK_OPPHORT
 * @param caseNumber saksnummer; also the Kafka key
 * @param entitlement rettighetstype: BISTANDSBEHOV (§ 11-6), SYKEPENGEERSTATNING (§ 11-13), STUDENT (§ 11-14),
 *                    ARBEIDSSØKER (§ 11-17), VURDERES_FOR_UFØRETRYGD (§ 11-18)
 */
public record AapVedtakHendelse(
        @JsonProperty("hendelseId") UUID id,
        @JsonProperty("hendelsestype") String type,
        @JsonProperty("saksnummer") String caseNumber,
        @JsonProperty("ident") String nationalId,
        @JsonProperty("navKontor") String office,
        @JsonProperty("tidspunkt") Instant at,
        @JsonProperty("rettighetstype") String entitlement,
        @JsonProperty("periode") Period period,
        /* VEDTAK_OPPHORT: MAKSTID_NÅDD, ARBEID, UFØRETRYGD, ANNET */
        @JsonProperty("opphørsårsak") String endCause) {

    public static final String SCHEMA_RESOURCE = "schemas/AapVedtakHendelse.v1.schema.json";

    public static final java.util.List<String> TYPES = java.util.List.of("VEDTAK_INNVILGET", "VEDTAK_FORLENGET",
            "STANS_VARSLET", "VEDTAK_OPPHORT");

    public record Period(@JsonProperty("fom") LocalDate from, @JsonProperty("tom") LocalDate to) {
    }

    @Override
    public String toString() {
        return "AapVedtakHendelse[%s %s, office %s]".formatted(type, id, office);
    }
}
