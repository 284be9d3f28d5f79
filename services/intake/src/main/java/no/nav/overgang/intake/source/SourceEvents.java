package no.nav.overgang.intake.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.InvalidEventException.Reason;
import no.nav.overgang.events.JsonSchemas;
import no.nav.overgang.events.source.MilestoneSubmission;
import no.nav.overgang.intake.IntakeProperties;
import no.nav.overgang.intake.submission.MilestoneIntake;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a source system's own event from its topic and translates it into a canonical submission, validated by
 * {@link MilestoneIntake} like every other one.
 * Refusals name the rule and the field, never the value. Counted per source, event and outcome.
 */
@Service
public class SourceEvents {

    /** The channel tag of milestones that came through an adapter. */
    public static final String CHANNEL = "adapter";

    private final Map<String, SourceAdapter<?>> byTopic;
    private final Map<String, SchemaScreen> screens;
    private final MilestoneIntake intake;
    private final IntakeProperties properties;
    private final MeterRegistry meters;
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    public SourceEvents(List<SourceAdapter<?>> adapters, MilestoneIntake intake, IntakeProperties properties,
                        MeterRegistry meters) {
        this.byTopic = adapters.stream().collect(Collectors.toMap(a -> a.topic().name(), Function.identity()));
        this.screens = adapters.stream().collect(Collectors.toMap(a -> a.topic().name(),
                a -> SchemaScreen.of(a.schemaResource(), a.eventNameField())));
        this.intake = intake;
        this.properties = properties;
        this.meters = meters;
    }

    /** The source topics the adapters read. */
    public List<String> topics() {
        return byTopic.keySet().stream().sorted().toList();
    }

    public boolean reads(String topic) {
        return byTopic.containsKey(topic);
    }

    /**
     * Reads, translates and validates one source event: the canonical submission, or empty when the event is not a
     * milestone. Refusals are thrown as {@link InvalidEventException}s naming the rule.
     */
    public Optional<MilestoneSubmission> translate(String topic, byte[] bytes) {
        SourceAdapter<?> adapter = byTopic.get(topic);
        if (adapter == null) {
            throw new IllegalArgumentException("no adapter reads " + topic);
        }
        return translate(adapter, bytes);
    }

    private <S> Optional<MilestoneSubmission> translate(SourceAdapter<S> adapter, byte[] bytes) {
        String source = adapter.system().name();
        S event;
        try {
            event = read(adapter, bytes);
        } catch (InvalidEventException e) {
            count(source, "unreadable", e.reason().name());
            throw e;
        }
        String name = adapter.eventName(event);
        return switch (adapter.translate(event)) {
            case SourceTranslation.Milestone milestone -> {
                try {
                    MilestoneSubmission valid = intake.validate(milestone.submission());
                    count(source, name, "translated");
                    yield Optional.of(valid);
                } catch (InvalidEventException e) {
                    count(source, name, "refused");
                    throw e;
                }
            }
            case SourceTranslation.NotAMilestone ignored -> {
                count(source, name, "not-a-milestone");
                yield Optional.empty();
            }
        };
    }

    private <S> S read(SourceAdapter<S> adapter, byte[] bytes) {
        if (bytes.length > properties.maxPayloadBytes()) {
            throw new InvalidEventException(Reason.PAYLOAD_TOO_LARGE,
                    List.of("the event is larger than " + properties.maxPayloadBytes() + " bytes"));
        }
        JsonNode document = EventJson.parse(bytes);
        String name = adapter.eventName(document);
        if (name == null || !adapter.knownEventNames().contains(name)) {
            throw new InvalidEventException(Reason.UNKNOWN_EVENT_TYPE, List.of("/" + adapter.eventNameField()
                    + ": is not one of " + String.join(", ", adapter.knownEventNames())));
        }
        // the full validator runs unless the quick screen is sure it would find nothing; its problems are the reason
        if (!screens.get(adapter.topic().name()).surelyValid(document)) {
            List<String> problems = JsonSchemas.validate(adapter.schemaResource(), adapter.eventNameField(), document);
            if (!problems.isEmpty()) {
                throw new InvalidEventException(Reason.SCHEMA_INVALID, problems);
            }
        }
        try {
            return adapter.bind(document);
        } catch (RuntimeException notPlain) {
            // a shape the adapter's reader leaves to Jackson, or a value the event's record refuses: Jackson decides
        }
        try {
            return EventJson.mapper().treeToValue(document, adapter.eventClass());
        } catch (JacksonException e) {
            throw new InvalidEventException(Reason.SCHEMA_INVALID,
                    List.of("the event does not fit " + adapter.eventClass().getSimpleName()));
        }
    }

    private void count(String source, String event, String outcome) {
        counters.computeIfAbsent(List.of(source, event, outcome), tags -> meters.counter(
                "overgang.intake.source.events", "source", source, "event", event, "outcome", outcome)).increment();
    }
}
