package no.nav.overgang.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.events.source.AapVedtakHendelse;
import no.nav.overgang.events.source.MilestoneSubmission;
import no.nav.overgang.events.source.SykepengerHendelse;
import no.nav.overgang.events.source.UforetrygdHendelse;

/** Writes one person's events in each source system's own format (the contract's records in events/source). */
final class SourceFormats {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final String EMPLOYER = "910825518";

    private final String nationalId;
    private final String spell;
    private final String aapCase;
    private final String disabilityCase;
    private final IdSource ids;

    /** Deterministic event ids, so a second run publishes the same ids (duplicates, without effect). */
    interface IdSource {
        UUID next();
    }

    SourceFormats(String nationalId, String spell, String aapCase, String disabilityCase, IdSource ids) {
        this.nationalId = nationalId;
        this.spell = spell;
        this.aapCase = aapCase;
        this.disabilityCase = disabilityCase;
        this.ids = ids;
    }

    SourceRecord sykepenger(LocalDateTime at, String office, String event, boolean milestone, Sykepenger fields) {
        UUID id = ids.next();
        SykepengerHendelse value = new SykepengerHendelse(event, id, at, nationalId, EMPLOYER, office, spell,
                fields.firstDay, fields.status, fields.maxDate, fields.provisionalEnd, fields.usedDays,
                fields.remainingDays, fields.paymentId, fields.from, fields.to, fields.paymentType, fields.endCause);
        return new SourceRecord(at.atZone(NORWAY).toInstant(), Topics.SOURCE_SYKEPENGER.name(), spell, id.toString(),
                "sykepenger:" + event, milestone, EventJson.mapper().writeValueAsBytes(value));
    }

    SourceRecord aap(Instant at, String office, String type, String entitlement, LocalDate periodFrom,
                     LocalDate periodTo, String endCause) {
        UUID id = ids.next();
        AapVedtakHendelse value = new AapVedtakHendelse(id, type, aapCase, nationalId, office, at, entitlement,
                new AapVedtakHendelse.Period(periodFrom, periodTo), endCause);
        return new SourceRecord(at, Topics.SOURCE_AAP.name(), aapCase, id.toString(), "aap:" + type, true,
                EventJson.mapper().writeValueAsBytes(value));
    }

    SourceRecord disabilityClaim(Instant at, String office) {
        UUID id = ids.next();
        UforetrygdHendelse value = new UforetrygdHendelse(id, "KRAV_MOTTATT", disabilityCase, nationalId, office, at,
                null, null, null, null);
        return new SourceRecord(at, Topics.SOURCE_UFORETRYGD.name(), disabilityCase, id.toString(),
                "uforetrygd:KRAV_MOTTATT", true, EventJson.mapper().writeValueAsBytes(value));
    }

    SourceRecord disabilityDecision(Instant at, String office, DisabilityDecisionResult result,
                                    boolean onMeasuresCondition, LocalDate effectiveFrom) {
        UUID id = ids.next();
        String resultat = switch (result) {
            case GRANTED -> "INNVILGET";
            case PARTLY_GRANTED -> "DELVIS_INNVILGET";
            case REFUSED -> "AVSLAG";
        };
        Integer degree = switch (result) {
            case GRANTED -> 100;
            case PARTLY_GRANTED -> 50;
            case REFUSED -> null;
        };
        List<String> grounds = result == DisabilityDecisionResult.REFUSED
                ? List.of(onMeasuresCondition ? "12-5" : "12-7") : null;
        UforetrygdHendelse value = new UforetrygdHendelse(id, "VEDTAK_FATTET", disabilityCase, nationalId, office, at,
                resultat, degree, grounds, effectiveFrom);
        return new SourceRecord(at, Topics.SOURCE_UFORETRYGD.name(), disabilityCase, id.toString(),
                "uforetrygd:VEDTAK_FATTET", true, EventJson.mapper().writeValueAsBytes(value));
    }

    /** Population register and administration: no adapter, the canonical submission on the inbound topic. */
    SourceRecord canonical(Instant at, String office, SourceSystem source, MilestoneType milestone, String newOffice) {
        UUID id = ids.next();
        MilestoneDetails details = new MilestoneDetails(null, null, null, null, null, null, newOffice);
        MilestoneSubmission value = new MilestoneSubmission(source.name().toLowerCase() + "-" + id, source, milestone,
                nationalId, office, at, details);
        return new SourceRecord(at, Topics.MILESTONE_INBOUND.name(), value.eventId(), value.eventId(),
                source.name().toLowerCase() + ":" + milestone, true, EventJson.mapper().writeValueAsBytes(value));
    }

    /** The fields of a sickness-benefit event besides the envelope; unset ones are left out. */
    static final class Sykepenger {
        LocalDate firstDay;
        String status;
        LocalDate maxDate;
        LocalDate provisionalEnd;
        Integer usedDays;
        Integer remainingDays;
        UUID paymentId;
        LocalDate from;
        LocalDate to;
        String paymentType;
        String endCause;
    }
}
