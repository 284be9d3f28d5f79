package no.nav.overgang.intake.source;

import static no.nav.overgang.intake.source.TreeFields.date;
import static no.nav.overgang.intake.source.TreeFields.instant;
import static no.nav.overgang.intake.source.TreeFields.object;
import static no.nav.overgang.intake.source.TreeFields.text;
import static no.nav.overgang.intake.source.TreeFields.uuid;

import java.util.List;

import org.springframework.stereotype.Component;

import no.nav.overgang.events.TopicSpec;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.events.source.AapVedtakHendelse;
import no.nav.overgang.events.source.MilestoneSubmission;
import tools.jackson.databind.JsonNode;

/** AAP decisions: granted with the legal ground of the rettighetstype, extended, end announced, ended (or ended by work). */
@Component
public class AapAdapter implements SourceAdapter<AapVedtakHendelse> {

    /** AAP extended beyond its maximum period, ftrl § 11-12. */
    static final String EXTENSION_GROUND = "11-12";

    @Override
    public SourceSystem system() {
        return SourceSystem.AAP;
    }

    @Override
    public TopicSpec topic() {
        return Topics.SOURCE_AAP;
    }

    @Override
    public String schemaResource() {
        return AapVedtakHendelse.SCHEMA_RESOURCE;
    }

    @Override
    public Class<AapVedtakHendelse> eventClass() {
        return AapVedtakHendelse.class;
    }

    @Override
    public String eventNameField() {
        return "hendelsestype";
    }

    @Override
    public List<String> knownEventNames() {
        return AapVedtakHendelse.TYPES;
    }

    @Override
    public AapVedtakHendelse bind(JsonNode document) {
        JsonNode period = object(document, "periode");
        return new AapVedtakHendelse(uuid(document, "hendelseId"), text(document, "hendelsestype"),
                text(document, "saksnummer"), text(document, "ident"), text(document, "navKontor"),
                instant(document, "tidspunkt"), text(document, "rettighetstype"), period == null ? null
                : new AapVedtakHendelse.Period(date(period, "fom"), date(period, "tom")),
                text(document, "opphørsårsak"));
    }

    @Override
    public String eventName(AapVedtakHendelse event) {
        return event.type();
    }

    @Override
    public SourceTranslation translate(AapVedtakHendelse decision) {
        var periodEnd = decision.period().to();
        return switch (decision.type()) {
            case "VEDTAK_INNVILGET" -> milestone(decision, MilestoneType.AAP_GRANTED,
                    legalGround(decision.entitlement()), periodEnd);
            case "VEDTAK_FORLENGET" -> milestone(decision, MilestoneType.AAP_EXTENDED, EXTENSION_GROUND, periodEnd);
            case "STANS_VARSLET" -> milestone(decision, MilestoneType.AAP_END_APPROACHING, null, periodEnd);
            // stopped because the person is back at work: that is the clarifying fact, not the ending itself
            case "VEDTAK_OPPHORT" -> milestone(decision, "ARBEID".equals(decision.endCause())
                    ? MilestoneType.RETURNED_TO_WORK : MilestoneType.AAP_ENDED, null, periodEnd);
            default -> throw new IllegalArgumentException("unknown hendelsestype reached the translation");
        };
    }

    /** The paragraph of folketrygdloven chapter 11 that each rettighetstype is granted under. */
    static String legalGround(String entitlement) {
        return switch (entitlement) {
            case "BISTANDSBEHOV" -> "11-6";
            case "SYKEPENGEERSTATNING" -> "11-13";
            case "STUDENT" -> "11-14";
            case "ARBEIDSSØKER" -> "11-17";
            case "VURDERES_FOR_UFØRETRYGD" -> "11-18";
            default -> throw new IllegalArgumentException("unknown rettighetstype reached the translation");
        };
    }

    private static SourceTranslation milestone(AapVedtakHendelse decision, MilestoneType type, String legalGround,
                                               java.time.LocalDate periodEnd) {
        return new SourceTranslation.Milestone(new MilestoneSubmission(decision.id().toString(), SourceSystem.AAP,
                type, decision.nationalId(), decision.office(), decision.at(),
                new MilestoneDetails(null, null, legalGround, periodEnd, null, null, null)));
    }
}
