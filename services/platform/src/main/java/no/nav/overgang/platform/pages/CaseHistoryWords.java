package no.nav.overgang.platform.pages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;

/**
 * A case's history (milestones and the coordinator's explained steps) in bokmål, for the fragment
 * {@code platform/historikk :: historikk(entries)}: the conference page and the handover page show the same words.
 * A page puts an instance in its model as {@code historikk}.
 */
public final class CaseHistoryWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final Map<MilestoneType, String> MILESTONES = Map.ofEntries(
            Map.entry(MilestoneType.SICK_LEAVE_STARTED, "Sykmelding startet"),
            Map.entry(MilestoneType.ACTIVITY_REQUIREMENT_8_WEEKS, "Aktivitetsplikt ved 8 uker"),
            Map.entry(MilestoneType.DIALOGUE_MEETING_2, "Dialogmøte 2"),
            Map.entry(MilestoneType.WEEK_39_NOTICE, "39-ukersbrev sendt"),
            Map.entry(MilestoneType.MAX_DATE_REACHED, "Maksdato for sykepenger nådd"),
            Map.entry(MilestoneType.SICKNESS_BENEFIT_ENDED, "Sykepenger opphørt"),
            Map.entry(MilestoneType.AAP_GRANTED, "Arbeidsavklaringspenger innvilget"),
            Map.entry(MilestoneType.AAP_EXTENDED, "Arbeidsavklaringspenger forlenget"),
            Map.entry(MilestoneType.AAP_END_APPROACHING, "Arbeidsavklaringspenger nærmer seg slutt"),
            Map.entry(MilestoneType.AAP_ENDED, "Arbeidsavklaringspenger opphørt"),
            Map.entry(MilestoneType.DISABILITY_CLAIM_RECEIVED, "Søknad om uføretrygd mottatt"),
            Map.entry(MilestoneType.DISABILITY_DECISION, "Vedtak om uføretrygd"),
            Map.entry(MilestoneType.RETURNED_TO_WORK, "Tilbake i arbeid"),
            Map.entry(MilestoneType.DIED, "Død"),
            Map.entry(MilestoneType.EMIGRATED, "Utvandret"),
            Map.entry(MilestoneType.REACHED_RETIREMENT_AGE, "Nådd pensjonsalder"),
            Map.entry(MilestoneType.MOVED_OFFICE, "Flyttet til annet NAV-kontor"));

    private static final Map<String, String> STEPS = Map.of(
            "CaseEnteredCohort", "Tatt inn i piloten",
            "ConferenceEscalated", "Samarbeidsmøtet er forsinket",
            "CaseClarified", "Saken er avklart",
            "CaseEndedByCompetingEvent", "Oppfølgingen er avsluttet",
            "CaseCensored", "Oppfølgingen er avbrutt");

    private static final Map<DisabilityDecisionResult, String> DECISIONS = Map.of(
            DisabilityDecisionResult.GRANTED, "innvilget", DisabilityDecisionResult.PARTLY_GRANTED, "delvis innvilget",
            DisabilityDecisionResult.REFUSED, "avslått");

    public String date(CaseHistoryEntry entry) {
        return DATE.format(entry.occurredAt().atZone(OSLO));
    }

    /** What happened: the milestone or the coordinator's step. */
    public String what(CaseHistoryEntry entry) {
        if (entry.milestone() != null) {
            return MILESTONES.getOrDefault(entry.milestone(), entry.milestone().name());
        }
        return STEPS.getOrDefault(entry.eventType(), entry.eventType());
    }

    /** The milestone's facts, e.g. "maksdato 26.05.2026, 61 sykepengedager igjen"; empty when it has none. */
    public String facts(CaseHistoryEntry entry) {
        MilestoneDetails d = entry.details();
        if (d == null) {
            return "";
        }
        List<String> facts = new ArrayList<>();
        if (d.maxDate() != null) {
            facts.add("maksdato " + DATE.format(d.maxDate()));
        }
        if (d.remainingBenefitDays() != null) {
            facts.add(d.remainingBenefitDays() + " sykepengedager igjen");
        }
        if (d.legalGround() != null) {
            facts.add("etter folketrygdloven § " + d.legalGround());
        }
        if (d.periodEnd() != null) {
            facts.add("til og med " + DATE.format(d.periodEnd()));
        }
        if (d.decisionResult() != null) {
            facts.add(DECISIONS.get(d.decisionResult()));
        }
        if (Boolean.TRUE.equals(d.refusedOnMeasuresCondition())) {
            facts.add("avslått etter § 12-5 (tiltaksvilkåret)");
        }
        if (d.newOffice() != null) {
            facts.add("nytt NAV-kontor " + d.newOffice());
        }
        return String.join(", ", facts);
    }
}
