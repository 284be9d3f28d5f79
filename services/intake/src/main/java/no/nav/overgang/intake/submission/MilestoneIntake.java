package no.nav.overgang.intake.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.source.MilestoneSubmission;
import no.nav.overgang.intake.IntakeProperties;
import no.nav.overgang.platform.outbox.Outbox;
import no.nav.overgang.platform.privacy.CaseKeys;

/**
 * Validates a submitted milestone and records it as a canonical {@link MilestoneRecorded}, exactly once per source
 * event id. The same source event id with other content is refused as a conflict, never silently overwritten.
 */
@Service
public class MilestoneIntake {

    private static final String SERVICE = "overgang-intake";
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final CaseKeys caseKeys;
    private final Clock clock;
    private final IntakeProperties properties;
    private final MeterRegistry meters;

    public MilestoneIntake(JdbcTemplate jdbc, Outbox outbox, CaseKeys caseKeys, Clock clock,
                           IntakeProperties properties, MeterRegistry meters) {
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
        MilestoneSubmission submission = validate(json);
        String hash = sha256(EventJson.mapper().writeValueAsBytes(submission));
        UUID eventId = EventIds.fromSource(submission.source().name(), submission.eventId());
        int inserted = jdbc.update("""
                INSERT INTO received_milestone
                    (source, source_event_id, content_hash, event_id, milestone, occurred_at, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, source_event_id) DO NOTHING""",
                submission.source().name(), submission.eventId(), hash, eventId, submission.milestone().name(),
                Timestamp.from(submission.occurredAt()), Timestamp.from(clock.instant()));
        if (inserted == 0) {
            String earlier = jdbc.queryForObject(
                    "SELECT content_hash FROM received_milestone WHERE source = ? AND source_event_id = ?",
                    String.class, submission.source().name(), submission.eventId());
            if (!hash.equals(earlier)) {
                count(submission, channel, "conflict");
                throw new ConflictingMilestoneException(submission.source().name(), submission.eventId());
            }
            count(submission, channel, "duplicate");
            return new Accepted(eventId, true);
        }
        MilestoneRecorded recorded = new MilestoneRecorded(submission.eventId(), submission.source(),
                submission.milestone(), submission.nationalId(), submission.office(), submission.details());
        outbox.add(EventEnvelope.first(eventId, recorded, submission.occurredAt(), clock.instant(), SERVICE,
                caseKeys.caseKey(submission.nationalId())));
        count(submission, channel, "recorded");
        return new Accepted(eventId, false);
    }

    private MilestoneSubmission validate(byte[] json) {
        if (json.length > properties.maxPayloadBytes()) {
            throw tooLarge(properties.maxPayloadBytes());
        }
        MilestoneSubmission submission = EventJson.readValidated(json, MilestoneSubmission.SCHEMA_RESOURCE,
                MilestoneSubmission.class);
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
        meters.counter("overgang.intake.milestones", "source", submission.source().name(), "type",
                submission.milestone().name(), "channel", channel, "outcome", outcome).increment();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param duplicate true when this source event id was already recorded with the same content
     */
    public record Accepted(UUID eventId, boolean duplicate) {
    }
}
