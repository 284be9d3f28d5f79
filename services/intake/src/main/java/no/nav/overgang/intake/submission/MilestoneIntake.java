package no.nav.overgang.intake.submission;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.source.MilestoneSubmission;
import no.nav.overgang.intake.IntakeProperties;
import no.nav.overgang.intake.watermark.SourceWatermark;
import no.nav.overgang.platform.outbox.Outbox;
import no.nav.overgang.platform.privacy.CaseKeys;
import tools.jackson.databind.ObjectWriter;

/**
 * Validates a submitted milestone and records it as a canonical {@link MilestoneRecorded}, exactly once per source
 * event id. The same source event id with other content is refused as a conflict, never silently overwritten.
 */
@Service
public class MilestoneIntake {

    private static final String SERVICE = "overgang-intake";
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(MilestoneIntake::newSha256);
    /** The same bytes as the mapper writes (the stored content hashes depend on them), without its per-call lookup. */
    private static final ObjectWriter SUBMISSION = EventJson.mapper().writerFor(MilestoneSubmission.class);

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final CaseKeys caseKeys;
    private final Clock clock;
    private final IntakeProperties properties;
    private final MeterRegistry meters;
    private final SourceWatermark watermark;
    /** Looking a counter up by its tags costs more than counting; keep them. */
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    public MilestoneIntake(JdbcTemplate jdbc, Outbox outbox, CaseKeys caseKeys, Clock clock,
                           IntakeProperties properties, MeterRegistry meters, SourceWatermark watermark) {
        this.watermark = watermark;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.caseKeys = caseKeys;
        this.clock = clock;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Accepts one submission in the caller's transaction, or a new one. Refusals write nothing, so they must not
     * spoil a batch transaction they take part in.
     */
    @Transactional(propagation = Propagation.REQUIRED,
            noRollbackFor = {InvalidEventException.class, ConflictingMilestoneException.class})
    public Accepted accept(byte[] json, String channel) {
        Outcome outcome = record(List.of(new Candidate(validate(json), channel))).getFirst();
        return switch (outcome) {
            case Outcome.Recorded recorded -> new Accepted(recorded.eventId(), false);
            case Outcome.Duplicate duplicate -> new Accepted(duplicate.eventId(), true);
            case Outcome.Conflict conflict -> throw conflict.refusal();
        };
    }

    /** A submission as it arrived: size, the canonical schema, then the rules a schema cannot say. */
    public MilestoneSubmission validate(byte[] json) {
        if (json.length > properties.maxPayloadBytes()) {
            throw tooLarge(properties.maxPayloadBytes());
        }
        return checkRules(EventJson.readValidated(json, MilestoneSubmission.SCHEMA_RESOURCE,
                MilestoneSubmission.class));
    }

    /**
     * A submission an adapter translated. Its fields were checked by the source's schema, which uses the canonical
     * schema's own definitions (national id, office, dates), and the adapter sets every required field, so the
     * canonical schema would find nothing more; validating it again was a third of the intake's CPU time. The rules
     * a schema cannot say (mod-11, dates) are checked here as for every submission.
     */
    public MilestoneSubmission validate(MilestoneSubmission translated) {
        return checkRules(translated);
    }

    /**
     * Records valid submissions set-based, in the caller's transaction: one insert for the batch, one query for the
     * ids seen before, one outbox write. Returns an outcome per candidate, in order: recorded, a duplicate (same
     * source event id, same content), or a conflict (same id, other content), which writes nothing.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<Outcome> record(List<Candidate> candidates) {
        int n = candidates.size();
        String[] sources = new String[n];
        String[] ids = new String[n];
        String[] hashes = new String[n];
        UUID[] eventIds = new UUID[n];
        Map<String, Integer> firstInBatch = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MilestoneSubmission submission = candidates.get(i).submission();
            sources[i] = submission.source().name();
            ids[i] = submission.eventId();
            hashes[i] = sha256(SUBMISSION.writeValueAsBytes(submission));
            eventIds[i] = EventIds.fromSource(sources[i], ids[i]);
            if (firstInBatch.putIfAbsent(sources[i] + "|" + ids[i], i) == null) {
                fresh.add(i);
            }
        }
        Set<String> inserted = insert(fresh, sources, ids, hashes, eventIds, candidates);
        Map<String, String> earlier = earlierHashes(fresh.stream()
                .filter(i -> !inserted.contains(sources[i] + "|" + ids[i])).toList(), sources, ids);
        List<Outcome> outcomes = new ArrayList<>(n);
        List<EventEnvelope<MilestoneRecorded>> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = sources[i] + "|" + ids[i];
            int first = firstInBatch.get(key);
            // what the id stands for: this batch's first copy if that was recorded now, else what was recorded
            // before; a conflicting first copy is no reference (a repeated conflict is a conflict, not a duplicate)
            String knownHash = inserted.contains(key) ? hashes[first] : earlier.get(key);
            Candidate candidate = candidates.get(i);
            Outcome outcome;
            if (first == i && inserted.contains(key)) {
                events.add(envelope(candidate.submission(), eventIds[i]));
                outcome = new Outcome.Recorded(eventIds[i]);
            } else if (hashes[i].equals(knownHash)) {
                outcome = new Outcome.Duplicate(eventIds[i]);
            } else {
                outcome = new Outcome.Conflict(new ConflictingMilestoneException(sources[i], ids[i]));
            }
            count(candidate.submission(), candidate.channel(), outcome.name());
            outcomes.add(outcome);
        }
        if (!events.isEmpty()) {
            outbox.add(events, Topics.MILESTONES.name());
            watermark.recorded(events.stream().map(EventEnvelope::occurredAt).toList());
        }
        return outcomes;
    }

    private Set<String> insert(List<Integer> rows, String[] sources, String[] ids, String[] hashes, UUID[] eventIds,
                               List<Candidate> candidates) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO received_milestone
                        (source, source_event_id, content_hash, event_id, milestone, occurred_at, received_at)
                    SELECT s, i, h, e, m, o, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[],
                                                           ?::timestamptz[]) AS t(s, i, h, e, m, o)
                    ON CONFLICT (source, source_event_id) DO NOTHING
                    RETURNING source, source_event_id""")) {
                insert.setTimestamp(1, now);
                insert.setArray(2, connection.createArrayOf("text", pick(rows, sources)));
                insert.setArray(3, connection.createArrayOf("text", pick(rows, ids)));
                insert.setArray(4, connection.createArrayOf("text", pick(rows, hashes)));
                insert.setArray(5, connection.createArrayOf("uuid", rows.stream().map(i -> eventIds[i]).toArray()));
                insert.setArray(6, connection.createArrayOf("text", rows.stream()
                        .map(i -> candidates.get(i).submission().milestone().name()).toArray()));
                insert.setArray(7, connection.createArrayOf("timestamptz", rows.stream()
                        .map(i -> Timestamp.from(candidates.get(i).submission().occurredAt())).toArray()));
                Set<String> keys = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1) + "|" + rs.getString(2));
                    }
                }
                return keys;
            }
        });
    }

    private Map<String, String> earlierHashes(List<Integer> rows, String[] sources, String[] ids) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT r.source, r.source_event_id, r.content_hash FROM received_milestone r
                    JOIN unnest(?::text[], ?::text[]) AS k(s, i) ON r.source = k.s AND r.source_event_id = k.i""")) {
                select.setArray(1, connection.createArrayOf("text", pick(rows, sources)));
                select.setArray(2, connection.createArrayOf("text", pick(rows, ids)));
                Map<String, String> found = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
                    }
                }
                return found;
            }
        });
    }

    private static Object[] pick(List<Integer> rows, String[] values) {
        return rows.stream().map(i -> values[i]).toArray();
    }

    private EventEnvelope<MilestoneRecorded> envelope(MilestoneSubmission submission, UUID eventId) {
        MilestoneRecorded recorded = new MilestoneRecorded(submission.eventId(), submission.source(),
                submission.milestone(), submission.nationalId(), submission.office(), submission.details());
        return EventEnvelope.first(eventId, recorded, submission.occurredAt(), clock.instant(), SERVICE,
                caseKeys.caseKey(submission.nationalId()));
    }

    private MilestoneSubmission checkRules(MilestoneSubmission submission) {
        List<String> problems = new ArrayList<>();
        String idProblem = NationalId.problem(submission.nationalId());
        if (idProblem != null) {
            problems.add("/nationalId: " + idProblem);
        }
        if (submission.occurredAt().isBefore(EARLIEST)) {
            problems.add("/occurredAt: is before 1900");
        }
        if (submission.occurredAt().isAfter(clock.instant().plus(properties.futureTolerance()))) {
            problems.add("/occurredAt: is in the future");
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID, problems);
        }
        return submission;
    }

    static InvalidEventException tooLarge(int limit) {
        return new InvalidEventException(InvalidEventException.Reason.PAYLOAD_TOO_LARGE,
                List.of("the submission is larger than " + limit + " bytes"));
    }

    private void count(MilestoneSubmission submission, String channel, String outcome) {
        counters.computeIfAbsent(List.of(submission.source().name(), submission.milestone().name(), channel, outcome),
                tags -> meters.counter("overgang.intake.milestones", "source", tags.get(0), "type", tags.get(1),
                        "channel", tags.get(2), "outcome", tags.get(3))).increment();
    }

    private static String sha256(byte[] bytes) {
        // digest() resets the thread's instance for the next record; looking one up per record cost more than hashing
        return HexFormat.of().formatHex(SHA256.get().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param duplicate true when this source event id was already recorded with the same content
     */
    public record Accepted(UUID eventId, boolean duplicate) {
    }

    /** A validated submission and the channel it came by (http, kafka, adapter), for the metrics. */
    public record Candidate(MilestoneSubmission submission, String channel) {
    }

    /** What recording a candidate came to. */
    public sealed interface Outcome {

        String name();

        record Recorded(UUID eventId) implements Outcome {
            public String name() {
                return "recorded";
            }
        }

        record Duplicate(UUID eventId) implements Outcome {
            public String name() {
                return "duplicate";
            }
        }

        record Conflict(ConflictingMilestoneException refusal) implements Outcome {
            public String name() {
                return "conflict";
            }
        }
    }
}
