package no.nav.overgang.coordinator.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.events.payload.ClarificationOutcome;
import no.nav.overgang.events.payload.CompetingEvent;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.platform.outbox.BeforeCommit;
import tools.jackson.core.type.TypeReference;

@Repository
public class CaseRepository {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final BeforeCommit<TimelineEntry> timelineRows;
    private final BeforeCommit<PilotCase> entries;

    public CaseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.entries = BeforeCommit.inserts(this::insertEntries, () -> {
        });
        this.timelineRows = BeforeCommit.inserts(this::insertTimeline, () -> {
        });
    }

    /** The case's milestones in business-time order (ties by arrival), without national ids. */
    public List<CaseMilestone> milestones(String caseKey) {
        return jdbc.query("""
                SELECT event_id, milestone, source_system, office, occurred_at, details FROM case_milestone
                WHERE case_key = ? ORDER BY occurred_at, event_id""",
                CaseRepository::milestone, caseKey);
    }

    private static CaseMilestone milestone(ResultSet rs, int row) throws SQLException {
        return new CaseMilestone(rs.getObject(1, UUID.class), MilestoneType.valueOf(rs.getString(2)),
                SourceSystem.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
                EventJson.mapper().readValue(rs.getString(6), MilestoneDetails.class));
    }

    /**
     * Enters the case, in the caller's transaction, which holds the case key's lock ({@link #lockKeys}) and found the
     * case out of the cohort ({@link #lockAll}). The row is written with the transaction's other entries in one batch:
     * before anything here reads or changes a case, or at commit. A second entry of the same case fails the
     * transaction.
     */
    public void enter(PilotCase pilotCase) {
        entries.add(pilotCase, "a case enters the cohort in the transaction of the milestone that enters it");
    }

    private void insertEntries(List<PilotCase> entered) {
        jdbc.batchUpdate("""
                INSERT INTO pilot_case (case_key, national_id, office, source_benefit, index_date, entered_at, rule_id,
                    rule_version, facts, explanation, stratum, arm, pilot, measures_authority, method, method_version,
                    state, conference_id, entry_event_id, allocation_index, escalation_due_at, conference_attempt,
                    conference_requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entered.stream().map(pilotCase -> new Object[] {pilotCase.caseKey(), pilotCase.nationalId(),
                        pilotCase.office(), pilotCase.sourceBenefit().name(), pilotCase.indexDate(),
                        Timestamp.from(pilotCase.enteredAt()), pilotCase.ruleId(), pilotCase.ruleVersion(),
                        EventJson.mapper().writeValueAsString(pilotCase.facts()), pilotCase.explanation(),
                        pilotCase.stratum(), pilotCase.arm(), pilotCase.pilot(),
                        pilotCase.measuresAuthority() == null ? null : pilotCase.measuresAuthority().name(),
                        pilotCase.method(), pilotCase.methodVersion(), pilotCase.state().name(),
                        pilotCase.conferenceId(), pilotCase.entryEventId(), pilotCase.allocationIndex(),
                        timestamp(pilotCase.escalationDueAt()), pilotCase.conferenceAttempt(),
                        timestamp(pilotCase.conferenceRequestedAt())}).toList());
    }

    /**
     * Writes a transition: the new state, the current conference and its timers, and for an end how and why it
     * ended. Entry and arm are never rewritten.
     */
    public void update(PilotCase moved) {
        entries.flushNow();
        CaseEnd end = moved.end();
        jdbc.update("""
                UPDATE pilot_case SET state = ?, end_kind = ?, ended_at = ?, end_rule_id = ?, end_rule_version = ?,
                    end_facts = ?::jsonb, end_explanation = ?, conference_id = ?, conference_attempt = ?,
                    conference_requested_at = ?, conference_settled_at = ?, escalation_due_at = ?, escalated_at = ?,
                    conference_rerequest_due_at = ?
                WHERE case_key = ?""",
                moved.state().name(), end == null ? null : end.kind(), end == null ? null : Timestamp.from(end.at()),
                end == null ? null : end.ruleId(), end == null ? null : end.ruleVersion(),
                end == null ? null : EventJson.mapper().writeValueAsString(end.facts()),
                end == null ? null : end.explanation(), moved.conferenceId(), moved.conferenceAttempt(),
                timestamp(moved.conferenceRequestedAt()), timestamp(moved.conferenceSettledAt()),
                timestamp(moved.escalationDueAt()), timestamp(moved.escalatedAt()), timestamp(moved.rerequestDueAt()),
                moved.caseKey());
    }

    public boolean inCohort(String caseKey) {
        entries.flushNow();
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pilot_case WHERE case_key = ?)", Boolean.class, caseKey));
    }

    public Optional<PilotCase> find(String caseKey) {
        entries.flushNow();
        return jdbc.query("SELECT * FROM pilot_case WHERE case_key = ?", CaseRepository::map, caseKey).stream()
                .findFirst();
    }

    /**
     * Serialises everything that happens to one case key until the transaction ends, whether or not the case is in the
     * cohort yet: a conference step kept for a case that is entering at the same moment is then never missed.
     */
    public void lockKey(String caseKey) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '|' || ?))", rs -> {
        }, caseKey);
    }

    /**
     * {@link #lockKey} for many keys at once, in the order given (sorted by the caller, so that two transactions
     * never wait for each other the wrong way round).
     */
    public void lockKeys(List<String> sortedCaseKeys) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '|' || k)) FROM unnest(?::text[]) AS k",
                rs -> {
                }, (Object) sortedCaseKeys.toArray(String[]::new));
    }

    /** The cases among {@code caseKeys} that are in the cohort, locked until the transaction ends; one query. */
    public Map<String, PilotCase> lockAll(List<String> caseKeys) {
        entries.flushNow();
        Map<String, PilotCase> found = new HashMap<>();
        jdbc.query("SELECT * FROM pilot_case WHERE case_key = ANY (?::text[]) ORDER BY case_key FOR UPDATE",
                (rs, i) -> found.put(rs.getString("case_key"), map(rs, i)), (Object) caseKeys.toArray(String[]::new));
        return found;
    }

    /**
     * The milestones every one of {@code caseKeys} has, stored or pending, and which of them have conference events
     * kept until they enter; one query. The details are kept as stored and read only when a case enters
     * ({@link HistoryEntry#stored()}), as {@link #milestones} would read them.
     */
    public Histories histories(List<String> caseKeys) {
        Map<String, List<HistoryEntry>> histories = new HashMap<>();
        Set<String> withEarly = new HashSet<>();
        jdbc.query("""
                SELECT m.case_key, m.event_id, m.milestone, m.occurred_at, m.source_system, m.office, m.details,
                    m.pending, EXISTS (SELECT 1 FROM early_conference_event e WHERE e.case_key = m.case_key)
                FROM case_milestone m WHERE m.case_key = ANY (?::text[])""", rs -> {
                    String caseKey = rs.getString(1);
                    histories.computeIfAbsent(caseKey, k -> new ArrayList<>()).add(new HistoryEntry(
                            rs.getObject(2, UUID.class), MilestoneType.valueOf(rs.getString(3)),
                            rs.getTimestamp(4).toInstant(), SourceSystem.valueOf(rs.getString(5)), rs.getString(6),
                            rs.getString(7), rs.getBoolean(8)));
                    if (rs.getBoolean(9)) {
                        withEarly.add(caseKey);
                    }
                }, (Object) caseKeys.toArray(String[]::new));
        histories.values().forEach(history -> history.sort(HistoryEntry.ORDER));
        return new Histories(histories, withEarly);
    }

    /**
     * What {@link #histories} read.
     *
     * @param byCase    each case's milestones in business-time order
     * @param withEarly the cases that have conference events kept until they enter
     */
    public record Histories(Map<String, List<HistoryEntry>> byCase, Set<String> withEarly) {

        public static final Histories NONE = new Histories(Map.of(), Set.of());

        public List<HistoryEntry> of(String caseKey) {
            return byCase.getOrDefault(caseKey, List.of());
        }
    }

    /**
     * One milestone of a case's history, for the eligibility rule and the stratum.
     *
     * @param details as stored (JSON), read by {@link #stored()}
     * @param pending whether it still waits for the source watermark
     */
    public record HistoryEntry(UUID eventId, MilestoneType milestone, Instant occurredAt, SourceSystem sourceSystem,
                               String office, String details, boolean pending) {

        /** Business-time order, ties by event id, as {@link #milestones} returns them. */
        public static final Comparator<HistoryEntry> ORDER = Comparator
                .comparing(HistoryEntry::occurredAt).thenComparing(HistoryEntry::eventId);

        /** The milestone as stored, with its details read. */
        public CaseMilestone stored() {
            return new CaseMilestone(eventId, milestone, sourceSystem, office, occurredAt,
                    EventJson.mapper().readValue(details, MilestoneDetails.class));
        }
    }

    /** The case, locked until the transaction ends: milestones, conferences and handovers arrive on other threads. */
    public Optional<PilotCase> lock(String caseKey) {
        entries.flushNow();
        return jdbc.query("SELECT * FROM pilot_case WHERE case_key = ? FOR UPDATE", CaseRepository::map, caseKey)
                .stream().findFirst();
    }

    public List<PilotCase> cohort(int limit) {
        entries.flushNow();
        return jdbc.query("SELECT * FROM pilot_case ORDER BY entered_at DESC, case_key LIMIT ?", CaseRepository::map,
                limit);
    }

    /** Every case, in a stable order; for the balance report and replay comparisons. */
    public List<PilotCase> all() {
        entries.flushNow();
        return jdbc.query("SELECT * FROM pilot_case ORDER BY case_key", CaseRepository::map);
    }

    /**
     * Pilot cases whose conference deadline passed by {@code now} while, in business time, the conference was neither
     * held nor cancelled and the case had not ended; locked. Judged on the times, not the current state, so the order
     * in which a held conference and a later milestone are read does not matter.
     */
    public List<PilotCase> dueForEscalation(Instant now) {
        entries.flushNow();
        return jdbc.query("""
                SELECT * FROM pilot_case WHERE escalated_at IS NULL AND escalation_due_at <= ?
                    AND (conference_settled_at IS NULL OR conference_settled_at >= escalation_due_at)
                    AND (ended_at IS NULL OR ended_at >= escalation_due_at)
                ORDER BY escalation_due_at, case_key FOR UPDATE SKIP LOCKED""",
                CaseRepository::map, Timestamp.from(now));
    }

    /** Open cases back at entered after a cancelled conference, whose new request is due by {@code now}; locked. */
    public List<PilotCase> dueForNewConference(Instant now) {
        entries.flushNow();
        return jdbc.query("""
                SELECT * FROM pilot_case WHERE conference_rerequest_due_at <= ? AND state = 'ENTERED'
                ORDER BY conference_rerequest_due_at, case_key FOR UPDATE SKIP LOCKED""",
                CaseRepository::map, Timestamp.from(now));
    }

    /** Marks the cases escalated at their deadlines; one batch. */
    public void markEscalated(List<PilotCase> escalated) {
        entries.flushNow();
        jdbc.batchUpdate("UPDATE pilot_case SET escalated_at = ? WHERE case_key = ?", escalated, escalated.size(),
                (ps, pilotCase) -> {
                    ps.setTimestamp(1, Timestamp.from(pilotCase.escalationDueAt()));
                    ps.setString(2, pilotCase.caseKey());
                });
    }

    /** Open cases, locked; for censoring at the end of follow-up. */
    public List<PilotCase> openCases() {
        entries.flushNow();
        return jdbc.query("""
                SELECT * FROM pilot_case WHERE state NOT IN ('CLARIFIED', 'ENDED_BY_COMPETING_EVENT', 'CENSORED')
                ORDER BY case_key FOR UPDATE SKIP LOCKED""", CaseRepository::map);
    }

    /** Adds the entry in the caller's transaction; its entries are inserted in one batch just before it commits. */
    public void addToTimeline(TimelineEntry entry) {
        timelineRows.add(entry, "the timeline is written in the transaction of the step it explains");
    }

    private void insertTimeline(List<TimelineEntry> entries) {
        jdbc.batchUpdate("""
                INSERT INTO case_timeline (case_key, occurred_at, step, applied, state_after, rule_id, rule_version,
                    facts, explanation, cause_event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""", entries, 1000, (ps, entry) -> {
            ps.setString(1, entry.caseKey());
            ps.setTimestamp(2, Timestamp.from(entry.occurredAt()));
            ps.setString(3, entry.step());
            ps.setBoolean(4, entry.applied());
            ps.setString(5, entry.stateAfter().name());
            ps.setString(6, entry.ruleId());
            ps.setObject(7, entry.ruleVersion(), java.sql.Types.INTEGER);
            ps.setString(8, EventJson.mapper().writeValueAsString(entry.facts()));
            ps.setString(9, entry.explanation());
            ps.setObject(10, entry.causeEventId());
        });
    }

    public List<TimelineEntry> timeline(String caseKey) {
        return jdbc.query("""
                SELECT * FROM case_timeline WHERE case_key = ? ORDER BY occurred_at, id""",
                (rs, i) -> new TimelineEntry(rs.getString("case_key"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("step"), rs.getBoolean("applied"), CaseState.valueOf(rs.getString("state_after")),
                        rs.getString("rule_id"), (Integer) rs.getObject("rule_version"),
                        EventJson.mapper().readValue(rs.getString("facts"), FACTS), rs.getString("explanation"),
                        rs.getObject("cause_event_id", UUID.class)),
                caseKey);
    }

    public void saveEarlyConferenceEvent(EarlyConferenceEvent event) {
        jdbc.update("""
                INSERT INTO early_conference_event (event_id, case_key, occurred_at, correlation_id, step, conference_id,
                    facts, explanation) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (event_id) DO NOTHING""",
                event.eventId(), event.caseKey(), Timestamp.from(event.occurredAt()), event.correlationId(),
                event.step(), event.conferenceId(), EventJson.mapper().writeValueAsString(event.facts()),
                event.explanation());
    }

    /** Removes and returns the conference events that arrived before the case entered. */
    public List<EarlyConferenceEvent> takeEarlyConferenceEvents(String caseKey) {
        return jdbc.query("""
                DELETE FROM early_conference_event WHERE case_key = ?
                RETURNING event_id, case_key, occurred_at, correlation_id, step, conference_id, facts, explanation""",
                (rs, i) -> new EarlyConferenceEvent(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getObject(4, UUID.class), rs.getString(5),
                        rs.getObject(6, UUID.class), EventJson.mapper().readValue(rs.getString(7), FACTS),
                        rs.getString(8)),
                caseKey);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static PilotCase map(ResultSet rs, int row) throws SQLException {
        String authority = rs.getString("measures_authority");
        Timestamp due = rs.getTimestamp("escalation_due_at");
        Timestamp escalated = rs.getTimestamp("escalated_at");
        Timestamp requested = rs.getTimestamp("conference_requested_at");
        Timestamp settled = rs.getTimestamp("conference_settled_at");
        Timestamp rerequest = rs.getTimestamp("conference_rerequest_due_at");
        return new PilotCase(rs.getString("case_key"), rs.getString("national_id"), rs.getString("office"),
                SourceSystem.valueOf(rs.getString("source_benefit")), rs.getObject("index_date", LocalDate.class),
                rs.getTimestamp("entered_at").toInstant(), rs.getString("rule_id"), rs.getInt("rule_version"),
                EventJson.mapper().readValue(rs.getString("facts"), FACTS), rs.getString("explanation"),
                rs.getString("stratum"), rs.getString("arm"), rs.getBoolean("pilot"),
                authority == null ? null : MeasuresAuthority.valueOf(authority), rs.getString("method"),
                rs.getInt("method_version"), CaseState.valueOf(rs.getString("state")),
                rs.getObject("conference_id", UUID.class), rs.getObject("entry_event_id", UUID.class),
                (Integer) rs.getObject("allocation_index"), end(rs), due == null ? null : due.toInstant(),
                escalated == null ? null : escalated.toInstant(), rs.getInt("conference_attempt"),
                requested == null ? null : requested.toInstant(), settled == null ? null : settled.toInstant(),
                rerequest == null ? null : rerequest.toInstant());
    }

    private static CaseEnd end(ResultSet rs) throws SQLException {
        String kind = rs.getString("end_kind");
        if (kind == null) {
            return null;
        }
        Instant at = rs.getTimestamp("ended_at").toInstant();
        String ruleId = rs.getString("end_rule_id");
        int version = rs.getInt("end_rule_version");
        Map<String, String> facts = EventJson.mapper().readValue(rs.getString("end_facts"), FACTS);
        String explanation = rs.getString("end_explanation");
        return switch (CaseState.valueOf(rs.getString("state"))) {
            case CLARIFIED -> new CaseEnd.Clarification(ClarificationOutcome.valueOf(kind), at, ruleId, version, facts,
                    explanation);
            case ENDED_BY_COMPETING_EVENT -> new CaseEnd.CompetingEnd(CompetingEvent.valueOf(kind), at, ruleId,
                    version, facts, explanation);
            case CENSORED -> new CaseEnd.Censoring(CensoringReason.valueOf(kind), at, ruleId, version, facts,
                    explanation);
            default -> throw new IllegalStateException("case " + rs.getString("case_key") + " has an end but is open");
        };
    }
}
