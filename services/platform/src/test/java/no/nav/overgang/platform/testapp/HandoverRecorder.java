package no.nav.overgang.platform.testapp;

import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.platform.consumer.EventHandler;

/**
 * The test service's one handler: writes a row per handover it is given, and refuses the ones in
 * {@link #REFUSED_ARM}, as a handler with a bug for one kind of input would.
 */
@Component
public class HandoverRecorder implements EventHandler<HandoverCreated> {

    public static final String REFUSED_ARM = "arm-the-handler-refuses";

    private final JdbcTemplate jdbc;

    public HandoverRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EventType eventType() {
        return EventType.HANDOVER_CREATED;
    }

    @Override
    public void handle(EventEnvelope<HandoverCreated> event) {
        if (REFUSED_ARM.equals(event.payload().arm())) {
            throw new IllegalArgumentException("the test handler refuses arm " + REFUSED_ARM);
        }
        jdbc.update("INSERT INTO handled_event (event_id, case_key, occurred_at) VALUES (?, ?, ?)",
                event.eventId(), event.caseKey(), Timestamp.from(event.occurredAt()));
    }

    /** How many times the handler has handled the event. */
    public int timesHandled(UUID eventId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM handled_event WHERE event_id = ?", Integer.class,
                eventId);
        return count == null ? 0 : count;
    }
}
