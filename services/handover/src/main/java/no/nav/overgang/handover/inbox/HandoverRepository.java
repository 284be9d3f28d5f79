package no.nav.overgang.handover.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.EventJson;
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
                    claim_recommended, documents_needed, follow_up_date, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""",
                handover.id(), handover.conferenceId(), handover.caseKey(), handover.office(), handover.benefitsUnit(),
                handover.arm(), handover.status().name(), handover.agreedPlan(), handover.claimRecommended(),
                EventJson.mapper().writeValueAsString(handover.documentsNeeded()), handover.followUpDate(),
                Timestamp.from(handover.receivedAt())) == 1;
    }

    public List<Handover> forUnits(Set<String> units) {
        return jdbc.query("SELECT * FROM handover WHERE benefits_unit = ANY (?) ORDER BY received_at, id",
                HandoverRepository::map, (Object) units.toArray(String[]::new));
    }

    private static Handover map(ResultSet rs, int row) throws SQLException {
        return new Handover(rs.getObject("id", UUID.class), rs.getObject("conference_id", UUID.class),
                rs.getString("case_key"), rs.getString("office"), rs.getString("benefits_unit"), rs.getString("arm"),
                HandoverStatus.valueOf(rs.getString("status")), rs.getString("agreed_plan"),
                rs.getBoolean("claim_recommended"),
                EventJson.mapper().readValue(rs.getString("documents_needed"), new TypeReference<List<String>>() {
                }), rs.getObject("follow_up_date", java.time.LocalDate.class),
                rs.getTimestamp("received_at").toInstant());
    }
}
