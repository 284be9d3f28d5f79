package no.nav.overgang.conference.conference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import no.nav.overgang.conference.scheduling.Window;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MeasuresAssessmentResult;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.web.ListPage;
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
        jdbc.batchUpdate("INSERT INTO conference_invitation (conference_id, role, unit, answer) VALUES (?, ?, ?, ?)",
                conference.participants(), 10, (ps, participant) -> {
                    ps.setObject(1, conference.id());
                    ps.setString(2, participant.role().name());
                    ps.setString(3, participant.unit());
                    ps.setString(4, participant.answer().name());
                });
        return true;
    }

    public Optional<CaseConference> find(UUID id) {
        return conferences("SELECT * FROM conference WHERE id = ?", id).stream().findFirst();
    }

    /** Locks the row for a state change in the caller's transaction. */
    public Optional<CaseConference> findForUpdate(UUID id) {
        return conferences("SELECT * FROM conference WHERE id = ? FOR UPDATE", id).stream().findFirst();
    }

    /**
     * The offices' conferences {@linkplain ConferenceStatus#IN_PROGRESS in progress}, oldest request first, at most
     * {@code limit}. Each office is read on its own from the partial index of its conferences in progress, in this
     * order, and stops at the limit: the query reads at most {@code limit} rows per office however many are open
     * (V19). The statuses are written out in the SQL, so that the planner can match the index's predicate.
     */
    public List<CaseConference> inProgressForOffices(Set<String> offices, int limit) {
        return conferences(IN_PROGRESS_FOR_OFFICES, (Object) offices.toArray(String[]::new), limit, limit);
    }

    /** The statuses in progress as SQL, as the partial indexes of V19 state them (the planner must match them). */
    private static final String IN_PROGRESS_SQL = ConferenceStatus.IN_PROGRESS.stream()
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

    static final String IN_PROGRESS_FOR_OFFICES = """
            SELECT c.* FROM unnest(?::text[]) AS o(office) CROSS JOIN LATERAL (
                SELECT * FROM conference c WHERE c.office = o.office AND c.status IN (%s)
                ORDER BY c.requested_at, c.id LIMIT ?) c
            ORDER BY c.requested_at, c.id LIMIT ?""".formatted(IN_PROGRESS_SQL);

    /**
     * The offices' newest conferences, whatever their status, newest request first, at most {@code limit}; each
     * office read on its own from {@code conference_office_requested} and stopped at the limit.
     */
    static final String NEWEST_FOR_OFFICES = """
            SELECT c.* FROM unnest(?::text[]) AS o(office) CROSS JOIN LATERAL (
                SELECT * FROM conference c WHERE c.office = o.office
                ORDER BY c.requested_at DESC, c.id DESC LIMIT ?) c
            ORDER BY c.requested_at DESC, c.id DESC LIMIT ?""";

    /**
     * A page of the conferences that invite the user's roles — the offices they advise at, the benefits units they
     * work for, the medical adviser pools they belong to — newest request first, after {@code after} (null: from
     * the newest), at most {@code limit}. Each role's part reads its own index in that order and stops at the limit.
     */
    public List<CaseConference> invitingAny(Set<String> offices, Set<String> units, Set<String> pools,
                                            ListPage.Cursor after, int limit) {
        String keyset = after == null ? "" : " AND (c.requested_at, c.id) < (?, ?)";
        List<Object> args = new ArrayList<>();
        for (Set<String> part : List.of(offices, units, pools)) {
            args.add(part.toArray(String[]::new));
            if (after != null) {
                args.add(Timestamp.from(after.at()));
                args.add(after.id());
            }
            args.add(limit);
        }
        args.add(limit);
        String order = " ORDER BY c.requested_at DESC, c.id DESC LIMIT ?";
        return conferences("""
                SELECT c.* FROM conference c WHERE c.id IN (
                    (SELECT c.id FROM conference c WHERE c.office = ANY (?)%1$s%2$s)
                    UNION ALL (SELECT c.id FROM conference c WHERE c.benefits_unit = ANY (?)%1$s%2$s)
                    UNION ALL (SELECT c.id FROM conference_invitation i JOIN conference c ON c.id = i.conference_id
                        WHERE i.role = 'MEDICAL_ADVISER' AND i.unit = ANY (?)%1$s%2$s))%2$s"""
                .formatted(keyset, order), args.toArray());
    }

    /**
     * Conferences {@linkplain ConferenceStatus#IN_PROGRESS in progress} that invite one of the medical adviser pools,
     * oldest request first, at most {@code limit}: read in that order from the partial index of the conferences in
     * progress (V19), each checked for an invitation, until the limit (no sort of every open conference).
     */
    public List<CaseConference> inProgressInviting(Set<String> medicalAdviserPools, int limit) {
        return conferences("""
                SELECT c.* FROM conference c WHERE c.status IN (%s) AND EXISTS (SELECT 1 FROM conference_invitation i
                    WHERE i.conference_id = c.id AND i.role = 'MEDICAL_ADVISER' AND i.unit = ANY (?))
                ORDER BY c.requested_at, c.id LIMIT ?""".formatted(IN_PROGRESS_SQL),
                (Object) medicalAdviserPools.toArray(String[]::new), limit);
    }

    /**
     * The conferences the query selects, with their invitations, advice and § 12-5 assessment: four queries however
     * many conferences there are (the children are loaded for all of them at once, not one conference at a time).
     */
    private List<CaseConference> conferences(String sql, Object... args) {
        List<ConferenceRow> rows = jdbc.query(sql, ConferenceRepository::row, args);
        return withChildren(List.of(rows)).getFirst();
    }

    /**
     * The office adviser's two lists at once, {@link #inProgressForOffices in progress} and {@link
     * #NEWEST_FOR_OFFICES newest}, each at most {@code limit}: two queries for the lists and three for the
     * invitations, advice and assessments of both (five round trips instead of eight; a conference in both lists is
     * read once).
     */
    public OfficeLists officeLists(Set<String> offices, int limit) {
        Object officeArray = offices.toArray(String[]::new);
        List<List<CaseConference>> lists = withChildren(List.of(
                jdbc.query(IN_PROGRESS_FOR_OFFICES, ConferenceRepository::row, officeArray, limit, limit),
                jdbc.query(NEWEST_FOR_OFFICES, ConferenceRepository::row, officeArray, limit, limit)));
        return new OfficeLists(lists.get(0), lists.get(1));
    }

    /** An office's conferences in progress, oldest request first, and its newest conferences. */
    public record OfficeLists(List<CaseConference> inProgress, List<CaseConference> newest) {
    }

    /** The lists of conferences with their children, read for all of them at once, in three queries. */
    private List<List<CaseConference>> withChildren(List<List<ConferenceRow>> lists) {
        if (lists.stream().allMatch(List::isEmpty)) {
            return lists.stream().map(list -> List.<CaseConference>of()).toList();
        }
        Object ids = lists.stream().flatMap(List::stream).map(ConferenceRow::id).distinct().toArray(UUID[]::new);
        Map<UUID, List<Participant>> participants = new HashMap<>();
        jdbc.query("""
                SELECT conference_id, role, unit, answer, proposed_starts_at, answered_by FROM conference_invitation
                WHERE conference_id = ANY (?) ORDER BY conference_id, role""",
                (RowCallbackHandler) r -> participants.computeIfAbsent(r.getObject(1, UUID.class),
                        id -> new ArrayList<>()).add(new Participant(ParticipantRole.valueOf(r.getString(2)),
                        r.getString(3), InvitationAnswer.valueOf(r.getString(4)), instant(r.getTimestamp(5)),
                        r.getString(6))), ids);
        Map<UUID, Recorded<Advice>> advice = new HashMap<>();
        jdbc.query("SELECT * FROM conference_advice WHERE conference_id = ANY (?)",
                (RowCallbackHandler) r -> advice.put(r.getObject("conference_id", UUID.class), new Recorded<>(
                        new Advice(r.getString("functional_assessment"), r.getString("treatment_status"),
                                r.getString("recommendation")), r.getString("recorded_by"),
                        instant(r.getTimestamp("recorded_at")))), ids);
        Map<UUID, Recorded<MeasuresAssessment>> assessment = new HashMap<>();
        jdbc.query("SELECT * FROM measures_assessment WHERE conference_id = ANY (?)",
                (RowCallbackHandler) r -> assessment.put(r.getObject("conference_id", UUID.class), new Recorded<>(
                        new MeasuresAssessment(MeasuresAssessmentResult.valueOf(r.getString("result")),
                                r.getString("reasoning"), MeasuresAuthority.valueOf(r.getString("assessed_by"))),
                        r.getString("recorded_by"), instant(r.getTimestamp("recorded_at")))), ids);
        return lists.stream().map(rows -> rows.stream().map(row -> row.with(participants.getOrDefault(row.id(),
                List.of()), advice.get(row.id()), assessment.get(row.id()))).toList()).toList();
    }

    /** The status, the meeting, the cancellation reason and the outcome; answers, advice and assessment apart. */
    public void update(CaseConference conference) {
        Outcome outcome = conference.outcome();
        Meeting meeting = conference.meeting();
        jdbc.update("""
                UPDATE conference SET status = ?, starts_at = ?, place = ?, video_link = ?, cancellation_reason = ?,
                    cancellation_code = ?, agreed_plan = ?, claim_recommended = ?, documents_needed = ?::jsonb,
                    follow_up_date = ?, next_steps = ?
                WHERE id = ?""",
                conference.status().name(), meeting == null ? null : Timestamp.from(meeting.startsAt()),
                meeting == null ? null : meeting.place(), meeting == null ? null : meeting.videoLink(),
                conference.cancellation() == null ? null : conference.cancellation().reason(),
                conference.cancellation() == null || conference.cancellation().reasonCode() == null ? null
                        : conference.cancellation().reasonCode().name(),
                outcome == null ? null : outcome.agreedPlan(),
                outcome == null ? null : outcome.disabilityClaimRecommended(),
                outcome == null ? null : EventJson.mapper().writeValueAsString(outcome.documentsNeeded()),
                outcome == null ? null : outcome.followUpDate(), outcome == null ? null : outcome.nextSteps(),
                conference.id());
        for (Participant participant : conference.participants()) {
            jdbc.update("""
                    UPDATE conference_invitation SET answer = ?, proposed_starts_at = ?, answered_by = ?
                    WHERE conference_id = ? AND role = ?""",
                    participant.answer().name(),
                    participant.proposedStartsAt() == null ? null : Timestamp.from(participant.proposedStartsAt()),
                    participant.answeredBy(), conference.id(), participant.role().name());
        }
    }

    public void saveAdvice(UUID conferenceId, Recorded<Advice> advice) {
        jdbc.update("""
                INSERT INTO conference_advice (conference_id, functional_assessment, treatment_status, recommendation,
                    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (conference_id) DO UPDATE SET functional_assessment = EXCLUDED.functional_assessment,
                    treatment_status = EXCLUDED.treatment_status, recommendation = EXCLUDED.recommendation,
                    recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""",
                conferenceId, advice.content().functionalAssessment(), advice.content().treatmentStatus(),
                advice.content().recommendation(), advice.by(), Timestamp.from(advice.at()));
    }

    public void saveMeasuresAssessment(UUID conferenceId, Recorded<MeasuresAssessment> assessment) {
        jdbc.update("""
                INSERT INTO measures_assessment (conference_id, result, reasoning, assessed_by, recorded_by,
                    recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (conference_id) DO UPDATE SET result = EXCLUDED.result, reasoning = EXCLUDED.reasoning,
                    assessed_by = EXCLUDED.assessed_by, recorded_by = EXCLUDED.recorded_by,
                    recorded_at = EXCLUDED.recorded_at""",
                conferenceId, assessment.content().result().name(), assessment.content().reasoning(),
                assessment.content().assessedBy().name(), assessment.by(), Timestamp.from(assessment.at()));
    }

    public void replaceAvailability(UUID conferenceId, ParticipantRole role, List<Window> windows) {
        jdbc.update("DELETE FROM participant_availability WHERE conference_id = ? AND role = ?", conferenceId,
                role.name());
        jdbc.batchUpdate("""
                INSERT INTO participant_availability (conference_id, role, starts_at, ends_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", windows, 20, (ps, window) -> {
                    ps.setObject(1, conferenceId);
                    ps.setString(2, role.name());
                    ps.setTimestamp(3, Timestamp.from(window.from()));
                    ps.setTimestamp(4, Timestamp.from(window.to()));
                });
    }

    /** The windows each role has declared, earliest first; roles that declared none are absent. */
    public Map<ParticipantRole, List<Window>> availability(UUID conferenceId) {
        Map<ParticipantRole, List<Window>> declared = new EnumMap<>(ParticipantRole.class);
        jdbc.query("""
                SELECT role, starts_at, ends_at FROM participant_availability WHERE conference_id = ?
                ORDER BY starts_at, ends_at""",
                (RowCallbackHandler) rs -> declared.computeIfAbsent(ParticipantRole.valueOf(rs.getString(1)),
                        role -> new ArrayList<>()).add(new Window(rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant())), conferenceId);
        return declared;
    }

    private static ConferenceRow row(ResultSet rs, int row) throws SQLException {
        Timestamp startsAt = rs.getTimestamp("starts_at");
        Meeting meeting = startsAt == null ? null
                : new Meeting(startsAt.toInstant(), rs.getString("place"), rs.getString("video_link"));
        String plan = rs.getString("agreed_plan");
        Outcome outcome = plan == null ? null : new Outcome(plan, rs.getBoolean("claim_recommended"),
                EventJson.mapper().readValue(rs.getString("documents_needed"), new TypeReference<List<String>>() {
                }), rs.getObject("follow_up_date", LocalDate.class), rs.getString("next_steps"));
        return new ConferenceRow(rs.getObject("id", UUID.class), rs.getString("case_key"), rs.getString("national_id"),
                rs.getString("office"), rs.getString("benefits_unit"), rs.getString("arm"),
                MeasuresAuthority.valueOf(rs.getString("measures_authority")),
                ConferenceStatus.valueOf(rs.getString("status")), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("explanation"), meeting, cancellation(rs), outcome,
                new CaseConference.EventChain(rs.getObject("correlation_id", UUID.class),
                        rs.getObject("request_event_id", UUID.class)));
    }

    /** One row of the conference table, before its invitations, advice and assessment are added. */
    private record ConferenceRow(UUID id, String caseKey, String nationalId, String office, String benefitsUnit,
                                 String arm, MeasuresAuthority measuresAuthority, ConferenceStatus status,
                                 Instant requestedAt, String explanation, Meeting meeting, Cancellation cancellation,
                                 Outcome outcome, CaseConference.EventChain chain) {

        CaseConference with(List<Participant> participants, Recorded<Advice> advice,
                            Recorded<MeasuresAssessment> assessment) {
            return new CaseConference(id, caseKey, nationalId, office, benefitsUnit, arm, measuresAuthority, status,
                    requestedAt, explanation, participants, meeting, cancellation, advice, assessment, outcome,
                    chain);
        }
    }

    private static Cancellation cancellation(ResultSet rs) throws SQLException {
        String words = rs.getString("cancellation_reason");
        String code = rs.getString("cancellation_code");
        return words == null ? null
                : new Cancellation(code == null ? null : CancellationReason.valueOf(code), words);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
