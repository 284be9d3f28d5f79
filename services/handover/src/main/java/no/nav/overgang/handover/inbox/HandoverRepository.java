package no.nav.overgang.handover.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MedicalAdvice;
import no.nav.overgang.platform.web.ListPage;
import tools.jackson.core.type.TypeReference;

@Repository
public class HandoverRepository {

    private final JdbcTemplate jdbc;

    public HandoverRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the conference already has its handover. */
    public boolean create(Handover handover) {
        return jdbc.update("""
                INSERT INTO handover (id, conference_id, case_key, office, benefits_unit, arm, status, agreed_plan,
                    claim_recommended, documents_needed, follow_up_date, received_at, next_steps, advice,
                    measures_assessment, case_explanation, case_history, correlation_id, outcome_event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?, ?)
                ON CONFLICT DO NOTHING""",
                handover.id(), handover.conferenceId(), handover.caseKey(), handover.office(), handover.benefitsUnit(),
                handover.arm(), handover.status().name(), handover.agreedPlan(), handover.claimRecommended(),
                EventJson.mapper().writeValueAsString(handover.documentsNeeded()), handover.followUpDate(),
                Timestamp.from(handover.receivedAt()), handover.nextSteps(), jsonOrNull(handover.advice()),
                jsonOrNull(handover.measuresAssessment()), handover.caseExplanation(),
                EventJson.mapper().writeValueAsString(handover.caseHistory()), handover.chain().correlationId(),
                handover.chain().outcomeEventId()) == 1;
    }

    /**
     * A page of the units' handovers in {@code status} (null: any), received before {@code receivedBefore} and
     * awaiting acknowledgement when that is given (the overdue ones), by time received (newest first when
     * {@code newestFirst}), after {@code after} (null: from the start), at most {@code pageSize}.
     */
    public ListPage<Handover> forUnits(Set<String> units, HandoverStatus status, Instant receivedBefore,
                                       boolean newestFirst, ListPage.Cursor after, int pageSize) {
        List<Object> args = new ArrayList<>(List.of((Object) units.toArray(String[]::new)));
        if (status != null) {
            args.add(status.name());
        }
        if (receivedBefore != null) {
            args.add(Timestamp.from(receivedBefore));
        }
        if (after != null) {
            args.add(Timestamp.from(after.at()));
            args.add(after.id());
        }
        int fetch = ListPage.fetchSize(pageSize);
        args.add(fetch);
        args.add(fetch);
        return ListPage.of(jdbc.query(forUnitsSql(status != null, receivedBefore != null, newestFirst, after != null),
                HandoverRepository::map, args.toArray()), pageSize, h -> new ListPage.Cursor(h.receivedAt(), h.id()));
    }

    /** The query of {@link #forUnits} with the filters given; parameters in the order of its arguments. */
    static String forUnitsSql(boolean status, boolean receivedBefore, boolean newestFirst, boolean after) {
        return perOwner("unnest(?::text[]) AS u(unit)", "h.benefits_unit = u.unit"
                        + (status ? " AND h.status = ?" : "")
                        + (receivedBefore ? " AND h.status IN ('RECEIVED', 'CLAIMED') AND h.received_at < ?" : "")
                        + (after ? newestFirst ? " AND (h.received_at, h.id) < (?, ?)" : " AND (h.received_at, h.id) > (?, ?)"
                        : ""),
                newestFirst ? "h.received_at DESC, h.id DESC" : "h.received_at, h.id");
    }

    /**
     * A page of the offices' returned handovers, last returned first, after {@code after} (null: from the last), at
     * most {@code pageSize}.
     */
    public ListPage<Handover> returnedTo(Set<String> offices, ListPage.Cursor after, int pageSize) {
        List<Object> args = new ArrayList<>(List.of((Object) offices.toArray(String[]::new)));
        if (after != null) {
            args.add(Timestamp.from(after.at()));
            args.add(after.id());
        }
        int fetch = ListPage.fetchSize(pageSize);
        args.add(fetch);
        args.add(fetch);
        List<Map.Entry<Handover, Instant>> found = jdbc.query(returnedToSql(after != null),
                (rs, row) -> Map.entry(map(rs, row), rs.getTimestamp("returned_at").toInstant()),
                args.toArray());
        return ListPage.of(found, pageSize, e -> new ListPage.Cursor(e.getValue(), e.getKey().id()))
                .map(Map.Entry::getKey);
    }

    /** The query of {@link #returnedTo}: the offices, the keyset when {@code after}, the limits. */
    static String returnedToSql(boolean after) {
        return perOwner("unnest(?::text[]) AS o(office)", "h.office = o.office AND h.status = 'RETURNED'"
                + (after ? " AND (h.returned_at, h.id) < (?, ?)" : ""), "h.returned_at DESC, h.id DESC");
    }

    /**
     * A list read one owner (unit or office) at a time, each from its index in the list's order and stopped at the
     * limit, then merged: the query reads at most a page per owner, however many handovers the owners have. (With
     * {@code owner = ANY (?)} instead, PostgreSQL cannot use the index's order and sorts every handover of the
     * owners.) Parameters: the owners' array, those of {@code where}, the limit per owner and the limit.
     */
    private static String perOwner(String owners, String where, String order) {
        return """
                SELECT h.* FROM %1$s CROSS JOIN LATERAL (
                    SELECT * FROM handover h WHERE %2$s ORDER BY %3$s LIMIT ?) h
                ORDER BY %3$s LIMIT ?""".formatted(owners, where, order);
    }

    public Optional<Handover> find(UUID id) {
        return jdbc.query("SELECT * FROM handover WHERE id = ?", HandoverRepository::map, id).stream().findFirst();
    }

    /** Locks the row, so two caseworkers claiming at once are served one after the other. */
    public Optional<Handover> findForUpdate(UUID id) {
        return jdbc.query("SELECT * FROM handover WHERE id = ? FOR UPDATE", HandoverRepository::map, id).stream()
                .findFirst();
    }

    public void saveStep(Handover handover, Instant at) {
        jdbc.update("""
                UPDATE handover SET status = ?, claimed_by = ?, return_reason = ?,
                    acknowledged_at = CASE WHEN ? = 'ACKNOWLEDGED' THEN ? ELSE acknowledged_at END,
                    returned_at = CASE WHEN ? = 'RETURNED' THEN ? ELSE returned_at END
                WHERE id = ?""",
                handover.status().name(), handover.claimedBy(), handover.returnReason(), handover.status().name(),
                Timestamp.from(at), handover.status().name(), Timestamp.from(at), handover.id());
    }

    private static String jsonOrNull(Object value) {
        return value == null ? null : EventJson.mapper().writeValueAsString(value);
    }

    private static Handover map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String advice = rs.getString("advice");
        String assessment = rs.getString("measures_assessment");
        String history = rs.getString("case_history");
        UUID correlation = rs.getObject("correlation_id", UUID.class);
        return new Handover(id, rs.getObject("conference_id", UUID.class),
                rs.getString("case_key"), rs.getString("office"), rs.getString("benefits_unit"), rs.getString("arm"),
                HandoverStatus.valueOf(rs.getString("status")), rs.getString("agreed_plan"),
                rs.getBoolean("claim_recommended"),
                EventJson.mapper().readValue(rs.getString("documents_needed"), new TypeReference<List<String>>() {
                }), rs.getObject("follow_up_date", LocalDate.class),
                rs.getTimestamp("received_at").toInstant(), rs.getString("next_steps"),
                advice == null ? null : EventJson.mapper().readValue(advice, MedicalAdvice.class),
                assessment == null ? null : EventJson.mapper().readValue(assessment, MeasuresAssessment.class),
                rs.getString("case_explanation"), history == null ? List.of()
                        : EventJson.mapper().readValue(history, new TypeReference<List<CaseHistoryEntry>>() {
                        }), rs.getString("claimed_by"), rs.getString("return_reason"),
                // handovers from before the chain was kept continue a chain of their own
                new Handover.EventChain(correlation == null ? id : correlation,
                        rs.getObject("outcome_event_id", UUID.class)));
    }
}
