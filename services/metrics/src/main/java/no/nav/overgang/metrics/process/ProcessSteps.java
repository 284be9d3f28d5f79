package no.nav.overgang.metrics.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.clock.WorkingDays;

/**
 * The step times of conferences and handovers. Every write is an upsert that keeps the first time of a step, so the
 * coordinator's request (case topic) and the conference's steps (conference topic) may arrive in either order.
 */
@Repository
public class ProcessSteps {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** A conference step and the column holding its first business time. */
    public enum ConferenceStep {
        REQUESTED("requested_at"), CREATED("created_at"), SCHEDULED("scheduled_at"), HELD("held_at"),
        CANCELLED("cancelled_at"), ADVICE("advice_at"), ASSESSED("assessed_at"), OUTCOME("outcome_at");

        private final String column;

        ConferenceStep(String column) {
            this.column = column;
        }
    }

    /** A handover step and the column holding its first business time. */
    public enum HandoverStep {
        CREATED("created_at"), CLAIMED("claimed_at"), ACKNOWLEDGED("acknowledged_at"), RETURNED("returned_at");

        private final String column;

        HandoverStep(String column) {
            this.column = column;
        }
    }

    private final JdbcTemplate jdbc;

    public ProcessSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The step's first time; when the conference is held, each role's latest answer decides whether it attended. */
    public void conference(UUID conferenceId, String caseKey, String arm, ConferenceStep step, Instant at) {
        String column = step.column;
        String attendance = step != ConferenceStep.HELD ? "" : """
                , present_nav_office = COALESCE(process_conference.present_nav_office,
                    process_conference.answer_nav_office = 'ACCEPTED', false),
                present_benefits_unit = COALESCE(process_conference.present_benefits_unit,
                    process_conference.answer_benefits_unit = 'ACCEPTED', false),
                present_medical_adviser = COALESCE(process_conference.present_medical_adviser,
                    process_conference.answer_medical_adviser = 'ACCEPTED', false)""";
        jdbc.update("INSERT INTO process_conference (conference_id, case_key, arm, " + column + ") VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (conference_id) DO UPDATE SET " + column + " = LEAST(process_conference."
                        + column + ", EXCLUDED." + column + ")" + attendance,
                conferenceId, caseKey, arm, Timestamp.from(at));
    }

    /** A role's latest answer to the meeting time (events of one conference arrive in order). */
    public void answer(UUID conferenceId, String caseKey, String arm, ParticipantRole role, InvitationAnswer answer) {
        String column = switch (role) {
            case NAV_OFFICE -> "answer_nav_office";
            case BENEFITS_UNIT -> "answer_benefits_unit";
            case MEDICAL_ADVISER -> "answer_medical_adviser";
        };
        jdbc.update("INSERT INTO process_conference (conference_id, case_key, arm, " + column + ") VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (conference_id) DO UPDATE SET " + column + " = EXCLUDED." + column,
                conferenceId, caseKey, arm, answer.name());
    }

    /** The step's first time; once receipt and acknowledgement are both known, the working days between them. */
    public void handover(UUID handoverId, UUID conferenceId, String caseKey, String arm, HandoverStep step,
                         Instant at) {
        String column = step.column;
        jdbc.update("INSERT INTO process_handover (handover_id, conference_id, case_key, arm, " + column + ") "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (handover_id) DO UPDATE SET " + column
                        + " = LEAST(process_handover." + column + ", EXCLUDED." + column + ")",
                handoverId, conferenceId, caseKey, arm, Timestamp.from(at));
        if (step == HandoverStep.CREATED || step == HandoverStep.ACKNOWLEDGED) {
            jdbc.query("SELECT created_at, acknowledged_at FROM process_handover WHERE handover_id = ?", rs -> {
                if (rs.getTimestamp(1) != null && rs.getTimestamp(2) != null) {
                    jdbc.update("UPDATE process_handover SET ack_working_days = ? WHERE handover_id = ?",
                            workingDaysBetween(day(rs.getTimestamp(1).toInstant()),
                                    day(rs.getTimestamp(2).toInstant())), handoverId);
                }
            }, handoverId);
        }
    }

    public void deadLetter(UUID eventId, String consumer, String reason, Instant at) {
        jdbc.update("""
                INSERT INTO process_dead_letter (event_id, consumer, reason, occurred_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""", eventId, consumer, reason, Timestamp.from(at));
    }

    /** Working days after {@code from} up to and including {@code to}: acknowledged the day it came is 0. */
    static int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (WorkingDays.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(OSLO).toLocalDate();
    }
}
