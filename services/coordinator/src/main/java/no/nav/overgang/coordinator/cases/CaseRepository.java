package no.nav.overgang.coordinator.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import tools.jackson.core.type.TypeReference;

@Repository
public class CaseRepository {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    public CaseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void saveMilestone(UUID eventId, String caseKey, MilestoneRecorded milestone, Instant occurredAt) {
        jdbc.update("""
                INSERT INTO case_milestone (event_id, case_key, milestone, source_system, office, occurred_at, details)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (event_id) DO NOTHING""",
                eventId, caseKey, milestone.milestone().name(), milestone.sourceSystem().name(), milestone.office(),
                Timestamp.from(occurredAt), EventJson.mapper().writeValueAsString(milestone.details()));
    }

    /** Milestones of the case that happened before {@code occurredAt}, excluding the given event. */
    public Set<MilestoneType> milestonesBefore(String caseKey, Instant occurredAt, UUID excluding) {
        Set<MilestoneType> types = EnumSet.noneOf(MilestoneType.class);
        jdbc.query("SELECT milestone FROM case_milestone WHERE case_key = ? AND occurred_at <= ? AND event_id <> ?",
                rs -> {
                    types.add(MilestoneType.valueOf(rs.getString(1)));
                }, caseKey, Timestamp.from(occurredAt), excluding);
        return types;
    }

    /** Inserts the case if it is not in the cohort yet; returns false when it already was. */
    public boolean enter(PilotCase pilotCase) {
        return jdbc.update("""
                INSERT INTO pilot_case (case_key, national_id, office, source_benefit, index_date, entered_at, rule_id,
                    rule_version, facts, explanation, stratum, arm, pilot, measures_authority, method, method_version,
                    state, conference_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_key) DO NOTHING""",
                pilotCase.caseKey(), pilotCase.nationalId(), pilotCase.office(), pilotCase.sourceBenefit().name(),
                pilotCase.indexDate(), Timestamp.from(pilotCase.enteredAt()), pilotCase.ruleId(),
                pilotCase.ruleVersion(), EventJson.mapper().writeValueAsString(pilotCase.facts()),
                pilotCase.explanation(), pilotCase.stratum(), pilotCase.arm(), pilotCase.pilot(),
                pilotCase.measuresAuthority() == null ? null : pilotCase.measuresAuthority().name(),
                pilotCase.method(), pilotCase.methodVersion(), pilotCase.state().name(),
                pilotCase.conferenceId()) == 1;
    }

    public boolean inCohort(String caseKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pilot_case WHERE case_key = ?)", Boolean.class, caseKey));
    }

    public Optional<PilotCase> find(String caseKey) {
        return jdbc.query("SELECT * FROM pilot_case WHERE case_key = ?", CaseRepository::map, caseKey).stream()
                .findFirst();
    }

    public List<PilotCase> cohort(int limit) {
        return jdbc.query("SELECT * FROM pilot_case ORDER BY entered_at DESC, case_key LIMIT ?", CaseRepository::map,
                limit);
    }

    private static PilotCase map(ResultSet rs, int row) throws SQLException {
        String authority = rs.getString("measures_authority");
        return new PilotCase(rs.getString("case_key"), rs.getString("national_id"), rs.getString("office"),
                SourceSystem.valueOf(rs.getString("source_benefit")), rs.getObject("index_date", java.time.LocalDate.class),
                rs.getTimestamp("entered_at").toInstant(), rs.getString("rule_id"), rs.getInt("rule_version"),
                EventJson.mapper().readValue(rs.getString("facts"), FACTS), rs.getString("explanation"),
                rs.getString("stratum"), rs.getString("arm"), rs.getBoolean("pilot"),
                authority == null ? null : MeasuresAuthority.valueOf(authority), rs.getString("method"),
                rs.getInt("method_version"), CaseState.valueOf(rs.getString("state")),
                rs.getObject("conference_id", UUID.class));
    }
}
