package no.nav.overgang.intake.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.payload.DeadLetterRecorded;

/** The {@code dead_letter} table. */
@Repository
public class DeadLetterStore {

    private static final String COLUMNS = """
            event_id, recorded_at, source_topic, source_partition, source_offset, reason, detail, original_payload,
            encoding, redriven_at, redriven_by""";

    private final JdbcTemplate jdbc;

    public DeadLetterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void keep(UUID id, Instant recordedAt, DeadLetterRecorded letter) {
        jdbc.update("""
                INSERT INTO dead_letter (event_id, recorded_at, consumer, source_topic, source_partition, source_offset,
                                         reason, detail, original_payload, encoding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                id, Timestamp.from(recordedAt), letter.consumer(), letter.sourceTopic(), letter.partition(),
                letter.offset(), letter.reason(), letter.detail(), letter.originalPayload(), letter.encoding());
    }

    /** Open (not yet re-driven) letters by reason, most frequent first. */
    Map<String, Long> openByReason() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                SELECT reason, count(*) FROM dead_letter WHERE redriven_at IS NULL
                GROUP BY reason ORDER BY count(*) DESC, reason""",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    long redrivenCount() {
        return jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE redriven_at IS NOT NULL", Long.class);
    }

    /** Newest first. */
    List<StoredLetter> list(String reason, boolean redriven, int limit) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM dead_letter
                WHERE (?::text IS NULL OR reason = ?) AND (redriven_at IS NOT NULL) = ?
                ORDER BY recorded_at DESC, event_id LIMIT ?""",
                DeadLetterStore::row, reason, reason, redriven, limit);
    }

    Optional<StoredLetter> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE event_id = ?", DeadLetterStore::row, id)
                .stream().findFirst();
    }

    /** Marks the letter re-driven unless it already is; false when it was (or does not exist). Locks the row. */
    boolean markRedriven(UUID id, Instant at, String by) {
        return jdbc.update("UPDATE dead_letter SET redriven_at = ?, redriven_by = ? WHERE event_id = ? AND redriven_at IS NULL",
                Timestamp.from(at), by, id) == 1;
    }

    private static StoredLetter row(ResultSet rs, int i) throws SQLException {
        Timestamp redriven = rs.getTimestamp("redriven_at");
        return new StoredLetter(rs.getObject("event_id", UUID.class), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("source_topic"), (Integer) rs.getObject("source_partition"),
                (Long) rs.getObject("source_offset"), rs.getString("reason"), rs.getString("detail"),
                rs.getString("original_payload"), rs.getString("encoding"),
                redriven == null ? null : redriven.toInstant(), rs.getString("redriven_by"));
    }

    /** A stored letter, with its original unmasked: for re-driving, never for showing. */
    record StoredLetter(UUID id, Instant recordedAt, String sourceTopic, Integer partition, Long offset, String reason,
                        String detail, String originalPayload, String encoding, Instant redrivenAt,
                        String redrivenBy) {

        byte[] originalBytes() {
            return "base64".equals(encoding) ? java.util.Base64.getDecoder().decode(originalPayload)
                    : originalPayload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "StoredLetter[%s %s from %s]".formatted(id, reason, sourceTopic);
        }
    }
}
