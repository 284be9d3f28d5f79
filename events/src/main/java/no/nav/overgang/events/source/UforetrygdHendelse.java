package no.nav.overgang.events.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event of the disability-benefit system (uføretrygd, Pesys) as it publishes it on
 * {@link no.nav.overgang.events.Topics#SOURCE_UFORETRYGD}: a claim received, or a decision with its result, the
 * degree of disability and the legal grounds of a refusal (avslagshjemler, e.g. "12-5" for the tiltaksvilkår).
 * Validated against {@code schemas/UforetrygdHendelse.v1.schema.json}; unknown fields are ignored.
 *
 * @param type   KRAV_MOTTATT or VEDTAK_FATTET
 * @param caseId sakId; also the Kafka key
 * @param result VEDTAK_FATTET: INNVILGET, DELVIS_INNVILGET or AVSLAG
 */
public record UforetrygdHendelse(
        @JsonProperty("hendelseId") UUID id,
        @JsonProperty("hendelsestype") String type,
        @JsonProperty("sakId") String caseId,
        @JsonProperty("fnr") String nationalId,
        @JsonProperty("navKontor") String office,
        @JsonProperty("tidspunkt") Instant at,
        @JsonProperty("resultat") String result,
        @JsonProperty("uføregrad") Integer degree,
        @JsonProperty("avslagshjemler") List<String> refusalGrounds,
        @JsonProperty("virkningstidspunkt") LocalDate effectiveFrom) {

    public static final String SCHEMA_RESOURCE = "schemas/UforetrygdHendelse.v1.schema.json";

    public static final List<String> TYPES = List.of("KRAV_MOTTATT", "VEDTAK_FATTET");

    @Override
    public String toString() {
        return "UforetrygdHendelse[%s %s, office %s]".formatted(type, id, office);
    }
}
