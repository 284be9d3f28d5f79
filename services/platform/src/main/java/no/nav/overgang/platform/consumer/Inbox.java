package no.nav.overgang.platform.consumer;

import java.sql.Array;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.events.EventEnvelope;

/** Remembers which events this service has processed, so a redelivered or replayed event has no second effect. */
public class Inbox {

    private final JdbcTemplate jdbc;

    public Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the events as processed, in the caller's transaction, and returns the ids that were new. */
    public Set<UUID> claim(List<EventEnvelope<?>> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = events.stream().map(EventEnvelope::eventId).toArray(UUID[]::new);
        String[] types = events.stream().map(EventEnvelope::eventType).toArray(String[]::new);
        List<UUID> fresh = jdbc.execute((java.sql.Connection connection) -> {
            Array idArray = connection.createArrayOf("uuid", ids);
            Array typeArray = connection.createArrayOf("text", types);
            try (var statement = connection.prepareStatement("""
                    INSERT INTO inbox (event_id, event_type) SELECT * FROM unnest(?::uuid[], ?::text[])
                    ON CONFLICT (event_id) DO NOTHING RETURNING event_id""")) {
                statement.setArray(1, idArray);
                statement.setArray(2, typeArray);
                try (var rs = statement.executeQuery()) {
                    List<UUID> result = new java.util.ArrayList<>();
                    while (rs.next()) {
                        result.add(rs.getObject(1, UUID.class));
                    }
                    return result;
                }
            }
        });
        return new HashSet<>(fresh);
    }
}
