package no.nav.overgang.coordinator;

import static no.nav.overgang.coordinator.CaseEvents.eventsOf;
import static no.nav.overgang.coordinator.CaseEvents.milestone;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKeyOnTheSamePartitionAs;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.coordinator.randomisation.Arm;
import no.nav.overgang.coordinator.randomisation.Randomiser;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.TopicProbe;

/**
 * What a {@code @ServiceTest} of the coordinator does around its cases, as a JUnit extension on an instance field
 * ({@code @RegisterExtension final CaseFixture coordinator = new CaseFixture();}): a {@link TopicProbe} per test,
 * closed after it, to publish events as the intake and the conference service do and to read the coordinator's
 * events back; and waits on the coordinator's cases and business time. The national ids it uses are synthetic.
 */
public final class CaseFixture implements BeforeEachCallback, AfterEachCallback {

    /** How long a test waits for the coordinator. */
    public static final Duration WITHIN = Duration.ofSeconds(30);
    /** The person of the other case that {@link #passBusinessTime} publishes a milestone of. */
    public static final String OTHER_PERSON = "07478540048";

    private final TopicProbe probe = new TopicProbe();
    private ApplicationContext service;

    @Override
    public void beforeEach(ExtensionContext context) {
        service = SpringExtension.getApplicationContext(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        probe.close();
    }

    public TopicProbe probe() {
        return probe;
    }

    /** Publishes the event, and for a milestone the source watermark past it ({@link SourceWatermarks}). */
    public void publish(EventEnvelope<?> event) {
        SourceWatermarks.publish(probe, event);
    }

    /** The service's business time now. */
    public Instant businessNow() {
        return service.getBean(BusinessClock.class).now();
    }

    /** A fresh case key the coordinator's randomiser puts in an arm that {@code arm} accepts. */
    public String newCaseKeyIn(Predicate<Arm> arm) {
        return CaseEvents.newCaseKeyIn(service.getBean(Randomiser.class), arm);
    }

    /** A fresh case entered into the cohort by a week-39 notice of {@code nationalId}, once the coordinator has it. */
    public String aCaseInTheCohort(String nationalId) {
        String caseKey = CaseEvents.newCaseKey();
        publish(CaseEvents.week39Notice(caseKey, nationalId));
        CaseRepository cases = service.getBean(CaseRepository.class);
        await().atMost(WITHIN).until(() -> cases.inCohort(caseKey));
        return caseKey;
    }

    /** Waits until the case is in one of {@code states}. */
    public PilotCase awaitState(String caseKey, CaseState... states) {
        CaseRepository cases = service.getBean(CaseRepository.class);
        return await().atMost(WITHIN).until(() -> cases.find(caseKey).orElse(null),
                c -> c != null && List.of(states).contains(c.state()));
    }

    /** Waits until the case's timeline has an entry that {@code entry} accepts, and gives the first. */
    public TimelineEntry awaitTimeline(String caseKey, Predicate<TimelineEntry> entry) {
        CaseRepository cases = service.getBean(CaseRepository.class);
        return await().atMost(WITHIN).until(() -> cases.timeline(caseKey).stream().filter(entry).findFirst()
                .orElse(null), e -> e != null);
    }

    /** Waits until the coordinator has published an event of the case that {@code which} accepts; gives the first. */
    public EventEnvelope<?> published(String caseKey, Predicate<EventEnvelope<?>> which) {
        var records = probe.readAll(Topics.CASES.name(), WITHIN,
                rs -> eventsOf(caseKey, rs).stream().anyMatch(which));
        return eventsOf(caseKey, records).stream().filter(which).findFirst().orElseThrow();
    }

    /** The payload of the first event of the type that the coordinator published for the case. */
    public <P extends EventPayload> P published(String caseKey, Class<P> type) {
        return type.cast(published(caseKey, e -> type.isInstance(e.payload())).payload());
    }

    /** Moves business time to {@code to} by a milestone of another case on the case's partition. */
    public void passBusinessTime(String caseKey, Instant to) {
        publish(milestone(newCaseKeyOnTheSamePartitionAs(caseKey), OTHER_PERSON, SourceSystem.SYKEPENGER,
                MilestoneType.SICK_LEAVE_STARTED, MilestoneDetails.none(), to));
        await().atMost(WITHIN).until(() -> !businessNow().isBefore(to));
    }
}
