package no.nav.overgang.conference.conference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;
import tools.jackson.core.type.TypeReference;

@Repository
public class ConferenceRepository {

    private final JdbcTemplate jdbc;

    public ConferenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the conference and its invitations; false when it existed already. */
    public boolean create(CaseConference conference) {
        int inserted = jdbc.update("""
                INSERT INTO conference (id, case_key, national_id, office, benefits_unit, arm, measures_authority,
                    status, requested_at, explanation, correlation_id, request_event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                conference.id(), conference.caseKey(), conference.nationalId(), conference.office(),
                conference.benefitsUnit(), conference.arm(), conference.measuresAuthority().name(),
                conference.status().name(), Timestamp.from(conference.requestedAt()), conference.explanation(),
                conference.chain().correlationId(), conference.chain().requestEventId());
        if (inserted == 0) {
            return false;
        }
        jdbc.batchUpdate("INSERT INTO conference_invitation (conference_id, role, unit, answer) VALUES (?, ?, ?, 'PENDING')",
                conference.invitations(), 10, (ps, invitation) -> {
                    ps.setObject(1, conference.id());
                    ps.setString(2, invitation.role().name());
                    ps.setString(3, invitation.unit());
                });
        return true;
    }

    public Optional<CaseConference> find(UUID id) {
        return jdbc.query("SELECT * FROM conference WHERE id = ?", this::map, id).stream().findFirst();
    }

    /** Locks the row for a state change in the caller's transaction. */
    public Optional<CaseConference> findForUpdate(UUID id) {
        return jdbc.query("SELECT * FROM conference WHERE id = ? FOR UPDATE", this::map, id).stream().findFirst();
    }

    public List<CaseConference> forOffices(Set<String> offices) {
        return jdbc.query("SELECT * FROM conference WHERE office = ANY (?) ORDER BY requested_at, id", this::map,
                (Object) offices.toArray(String[]::new));
    }

    public void update(CaseConference conference) {
        Outcome outcome = conference.outcome();
        jdbc.update("""
                UPDATE conference SET status = ?, agreed_plan = ?, claim_recommended = ?, documents_needed = ?::jsonb,
                    follow_up_date = ? WHERE id = ?""",
                conference.status().name(), outcome == null ? null : outcome.agreedPlan(),
                outcome == null ? null : outcome.disabilityClaimRecommended(),
                outcome == null ? null : EventJson.mapper().writeValueAsString(outcome.documentsNeeded()),
                outcome == null ? null : outcome.followUpDate(), conference.id());
    }

    private CaseConference map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Invitation> invitations = jdbc.query(
                "SELECT role, unit FROM conference_invitation WHERE conference_id = ? ORDER BY role",
                (r, i) -> new Invitation(ParticipantRole.valueOf(r.getString(1)), r.getString(2)), id);
        String plan = rs.getString("agreed_plan");
        Outcome outcome = plan == null ? null : new Outcome(plan, rs.getBoolean("claim_recommended"),
                EventJson.mapper().readValue(rs.getString("documents_needed"), new TypeReference<List<String>>() {
                }), rs.getObject("follow_up_date", java.time.LocalDate.class));
        return new CaseConference(id, rs.getString("case_key"), rs.getString("national_id"), rs.getString("office"),
                rs.getString("benefits_unit"), rs.getString("arm"),
                MeasuresAuthority.valueOf(rs.getString("measures_authority")),
                ConferenceStatus.valueOf(rs.getString("status")), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("explanation"), invitations, outcome,
                new CaseConference.EventChain(rs.getObject("correlation_id", UUID.class),
                        rs.getObject("request_event_id", UUID.class)));
    }
}
