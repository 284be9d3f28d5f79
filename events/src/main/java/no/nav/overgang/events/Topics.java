package no.nav.overgang.events;

import java.util.List;

/** Every topic of overgang, in one place. Case-scoped topics are keyed by the case key so a case stays in order. */
public final class Topics {

    private static final String CASE_KEY = "case key (pseudonymous)";

    /** Milestones from source systems that publish the canonical submission format; read by the intake. */
    public static final TopicSpec MILESTONE_INBOUND = new TopicSpec("overgang.milestone.inbound.v1", 6,
            "the source's own reference, never a national id; the intake ignores it");
    /** The sickness-benefit systems' own events (sykepenger, sykefraværsoppfølging); read by the intake's adapter. */
    public static final TopicSpec SOURCE_SYKEPENGER = new TopicSpec("overgang.source.sykepenger.v1", 6,
            "the source's own case reference (korrelasjonsId of the sick-leave spell), never a national id");
    /** The AAP system's decisions (vedtak); read by the intake's adapter. */
    public static final TopicSpec SOURCE_AAP = new TopicSpec("overgang.source.aap.v1", 6,
            "the source's own case reference (saksnummer), never a national id");
    /** The disability-benefit system's claims and decisions (uføretrygd); read by the intake's adapter. */
    public static final TopicSpec SOURCE_UFORETRYGD = new TopicSpec("overgang.source.uforetrygd.v1", 6,
            "the source's own case reference (sakId), never a national id");
    /** Validated canonical milestones, published by the intake. */
    public static final TopicSpec MILESTONES = new TopicSpec("overgang.milestone.v1", 6, CASE_KEY);
    /** Rejected milestone input, with the original bytes and the reason. */
    public static final TopicSpec MILESTONE_DEAD_LETTERS = new TopicSpec("overgang.milestone.dlq.v1", 3,
            "none");
    /** The coordinator's case events: cohort entry, arm assignment, conference requests. */
    public static final TopicSpec CASES = new TopicSpec("overgang.case.v1", 6, CASE_KEY);
    /** The case conference service's events. */
    public static final TopicSpec CONFERENCES = new TopicSpec("overgang.conference.v1", 6, CASE_KEY);
    /** The benefit handover service's events. */
    public static final TopicSpec HANDOVERS = new TopicSpec("overgang.handover.v1", 6, CASE_KEY);
    /** Internal events a service could not process, with the reason. */
    public static final TopicSpec DEAD_LETTERS = new TopicSpec("overgang.deadletter.v1", 3, "none");

    public static final List<TopicSpec> ALL = List.of(
            MILESTONE_INBOUND, SOURCE_SYKEPENGER, SOURCE_AAP, SOURCE_UFORETRYGD, MILESTONES, MILESTONE_DEAD_LETTERS,
            CASES, CONFERENCES, HANDOVERS, DEAD_LETTERS);

    private Topics() {
    }
}
