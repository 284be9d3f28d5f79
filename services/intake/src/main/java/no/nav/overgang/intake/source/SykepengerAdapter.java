package no.nav.overgang.intake.source;

import static no.nav.overgang.intake.source.TreeFields.date;
import static no.nav.overgang.intake.source.TreeFields.dateTime;
import static no.nav.overgang.intake.source.TreeFields.integer;
import static no.nav.overgang.intake.source.TreeFields.text;
import static no.nav.overgang.intake.source.TreeFields.uuid;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import no.nav.overgang.events.TopicSpec;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.events.source.MilestoneSubmission;
import no.nav.overgang.events.source.SykepengerHendelse;
import tools.jackson.databind.JsonNode;

/** Sickness benefit: the sick-leave follow-up's milestones and the payment that reaches maksdato (docs/EVENTS.md). */
@Component
public class SykepengerAdapter implements SourceAdapter<SykepengerHendelse> {

    /** rapids-and-rivers' {@code @opprettet} is Norwegian local time. */
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    @Override
    public SourceSystem system() {
        return SourceSystem.SYKEPENGER;
    }

    @Override
    public TopicSpec topic() {
        return Topics.SOURCE_SYKEPENGER;
    }

    @Override
    public String schemaResource() {
        return SykepengerHendelse.SCHEMA_RESOURCE;
    }

    @Override
    public Class<SykepengerHendelse> eventClass() {
        return SykepengerHendelse.class;
    }

    @Override
    public String eventNameField() {
        return "@event_name";
    }

    @Override
    public List<String> knownEventNames() {
        return SykepengerHendelse.EVENT_NAMES;
    }

    @Override
    public SykepengerHendelse bind(JsonNode document) {
        return new SykepengerHendelse(text(document, "@event_name"), uuid(document, "@id"),
                dateTime(document, "@opprettet"), text(document, "fødselsnummer"),
                text(document, "organisasjonsnummer"), text(document, "oppfølgingsenhet"),
                text(document, "korrelasjonsId"), date(document, "skjæringstidspunkt"), text(document, "status"),
                date(document, "maksdato"), date(document, "foreløpigBeregnetSluttPåSykepenger"),
                integer(document, "forbrukteSykedager"), integer(document, "gjenståendeSykedager"),
                uuid(document, "utbetalingId"), date(document, "fom"), date(document, "tom"), text(document, "type"),
                text(document, "årsak"));
    }

    @Override
    public String eventName(SykepengerHendelse event) {
        return event.eventName();
    }

    @Override
    public SourceTranslation translate(SykepengerHendelse event) {
        MilestoneDetails none = MilestoneDetails.none();
        return switch (event.eventName()) {
            case "sykefravaer_startet" -> milestone(event, MilestoneType.SICK_LEAVE_STARTED, none);
            case "aktivitetskrav_vurdert" -> milestone(event, MilestoneType.ACTIVITY_REQUIREMENT_8_WEEKS, none);
            case "dialogmote_ferdigstilt" -> milestone(event, MilestoneType.DIALOGUE_MEETING_2, none);
            case "maksdatovarsel_sendt" -> milestone(event, MilestoneType.WEEK_39_NOTICE,
                    new MilestoneDetails(event.maxDate(), event.remainingDays(), null, null, null, null, null));
            case "utbetaling_utbetalt" -> maxDateReached(event);
            case "sykefravaer_avsluttet" -> milestone(event, "FRISKMELDT".equals(event.endCause())
                    ? MilestoneType.RETURNED_TO_WORK : MilestoneType.SICKNESS_BENEFIT_ENDED, none);
            default -> throw new IllegalArgumentException("unknown @event_name reached the translation");
        };
    }

    /** A payment is a milestone only when it uses the last benefit day; an annulment never is. */
    private SourceTranslation maxDateReached(SykepengerHendelse payment) {
        // most source events are such payments: a fixed reason, not one formatted per event
        if ("ANNULLERING".equals(payment.paymentType())) {
            return new SourceTranslation.NotAMilestone("an annulment");
        }
        if (payment.remainingDays() > 0) {
            return new SourceTranslation.NotAMilestone("a payment with benefit days left");
        }
        return milestone(payment, MilestoneType.MAX_DATE_REACHED, new MilestoneDetails(payment.provisionalEnd(), 0,
                null, null, null, null, null));
    }

    private static SourceTranslation milestone(SykepengerHendelse event, MilestoneType type, MilestoneDetails details) {
        return new SourceTranslation.Milestone(new MilestoneSubmission(event.id().toString(), SourceSystem.SYKEPENGER,
                type, event.nationalId(), event.office(), event.created().atZone(NORWAY).toInstant(), details));
    }
}
