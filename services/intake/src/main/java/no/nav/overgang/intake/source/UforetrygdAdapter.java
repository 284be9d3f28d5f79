package no.nav.overgang.intake.source;

import static no.nav.overgang.intake.source.TreeFields.date;
import static no.nav.overgang.intake.source.TreeFields.instant;
import static no.nav.overgang.intake.source.TreeFields.integer;
import static no.nav.overgang.intake.source.TreeFields.text;
import static no.nav.overgang.intake.source.TreeFields.texts;
import static no.nav.overgang.intake.source.TreeFields.uuid;

import java.util.List;

import org.springframework.stereotype.Component;

import no.nav.overgang.events.TopicSpec;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.events.source.MilestoneSubmission;
import no.nav.overgang.events.source.UforetrygdHendelse;
import tools.jackson.databind.JsonNode;

/** Disability benefit: the claim, and the decision with its result and whether it was refused under § 12-5. */
@Component
public class UforetrygdAdapter implements SourceAdapter<UforetrygdHendelse> {

    /** tiltaksvilkår, ftrl § 12-5 */
    static final String MEASURES_CONDITION = "12-5";

    @Override
    public SourceSystem system() {
        return SourceSystem.UFORETRYGD;
    }

    @Override
    public TopicSpec topic() {
        return Topics.SOURCE_UFORETRYGD;
    }

    @Override
    public String schemaResource() {
        return UforetrygdHendelse.SCHEMA_RESOURCE;
    }

    @Override
    public Class<UforetrygdHendelse> eventClass() {
        return UforetrygdHendelse.class;
    }

    @Override
    public String eventNameField() {
        return "hendelsestype";
    }

    @Override
    public List<String> knownEventNames() {
        return UforetrygdHendelse.TYPES;
    }

    @Override
    public UforetrygdHendelse bind(JsonNode document) {
        return new UforetrygdHendelse(uuid(document, "hendelseId"), text(document, "hendelsestype"),
                text(document, "sakId"), text(document, "fnr"), text(document, "navKontor"),
                instant(document, "tidspunkt"), text(document, "resultat"), integer(document, "uføregrad"),
                texts(document, "avslagshjemler"), date(document, "virkningstidspunkt"));
    }

    @Override
    public String eventName(UforetrygdHendelse event) {
        return event.type();
    }

    @Override
    public SourceTranslation translate(UforetrygdHendelse event) {
        return switch (event.type()) {
            case "KRAV_MOTTATT" -> milestone(event, MilestoneType.DISABILITY_CLAIM_RECEIVED, MilestoneDetails.none());
            case "VEDTAK_FATTET" -> milestone(event, MilestoneType.DISABILITY_DECISION, decision(event));
            default -> throw new IllegalArgumentException("unknown hendelsestype reached the translation");
        };
    }

    private static MilestoneDetails decision(UforetrygdHendelse event) {
        DisabilityDecisionResult result = switch (event.result()) {
            case "INNVILGET" -> DisabilityDecisionResult.GRANTED;
            case "DELVIS_INNVILGET" -> DisabilityDecisionResult.PARTLY_GRANTED;
            case "AVSLAG" -> DisabilityDecisionResult.REFUSED;
            default -> throw new IllegalArgumentException("unknown resultat reached the translation");
        };
        Boolean onMeasuresCondition = result == DisabilityDecisionResult.REFUSED
                ? event.refusalGrounds() != null && event.refusalGrounds().contains(MEASURES_CONDITION)
                : null;
        return new MilestoneDetails(null, null, null, null, result, onMeasuresCondition, null);
    }

    private static SourceTranslation milestone(UforetrygdHendelse event, MilestoneType type, MilestoneDetails details) {
        return new SourceTranslation.Milestone(new MilestoneSubmission(event.id().toString(), SourceSystem.UFORETRYGD,
                type, event.nationalId(), event.office(), event.at(), details));
    }
}
