package no.nav.overgang.coordinator.followup;

import java.util.Map;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cohort.LateMilestones;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.platform.consumer.EventHandler;

/**
 * The office cancelled the conference before it was held: its deadline stops and, unless the office's coded reason
 * says the case needs no meeting, a new one may be requested (docs/PILOT.md, "Cancelled conferences").
 */
@Component
public class ConferenceCancelledHandler implements EventHandler<ConferenceCancelled> {

    private final CaseProgress progress;
    private final Timers timers;
    private final LateMilestones lateMilestones;

    public ConferenceCancelledHandler(CaseProgress progress, Timers timers, LateMilestones lateMilestones) {
        this.progress = progress;
        this.timers = timers;
        this.lateMilestones = lateMilestones;
    }

    @Override
    public EventType eventType() {
        return EventType.CONFERENCE_CANCELLED;
    }

    @Override
    public void handle(EventEnvelope<ConferenceCancelled> event) {
        // the late milestones read before this event first, as they were applied on arrival
        lateMilestones.applyCollected();
        timers.fireDueBy(event);
        progress.conferenceCancelled(event.caseKey(), event.payload().conferenceId(),
                Decision.of(event.payload()), Cause.of(event));
    }

    /**
     * What the office's coded reason means for the case: whether a new conference may be requested after this one,
     * and why, in words for the timeline's explanation.
     *
     * @param reason          the code; null for a version 1 event, written before reasons were coded
     * @param mayRequestAgain false when the reason says the case needs no new meeting (resolved, or a duplicate);
     *                        the other limits (requests per case, re-requests switched off) still apply when true
     * @param words           the reason in a few words, for the explanation
     */
    public record Decision(CancellationReason reason, boolean mayRequestAgain, String words) {

        /** The fact that keeps the code in the timeline (and with a cancellation read before its case entered). */
        public static final String FACT = "cancellationReason";
        private static final String NOT_CODED = "NOT_CODED";

        public static Decision of(CancellationReason reason) {
            if (reason == null) {
                return new Decision(null, true, "no coded reason (an event from before reasons were coded)");
            }
            return switch (reason) {
                case CASE_RESOLVED -> new Decision(reason, false, "the office says the case was resolved before "
                        + "the meeting; it stays open until a clarifying milestone ends it");
                case DUPLICATE -> new Decision(reason, false, "the office says the case already has such a meeting");
                case PARTICIPANT_UNAVAILABLE -> new Decision(reason, true, "a participant could not take part");
                case PERSON_UNAVAILABLE -> new Decision(reason, true, "the person could not take part");
                case OTHER -> new Decision(reason, true, "another reason, written in the conference service");
            };
        }

        public static Decision of(ConferenceCancelled cancelled) {
            return of(cancelled.reason());
        }

        /** The decision a timeline fact of {@link #FACT} (or its absence) recorded. */
        public static Decision fromFacts(Map<String, String> facts) {
            String code = facts.get(FACT);
            return of(code == null || code.equals(NOT_CODED) ? null : CancellationReason.valueOf(code));
        }

        /** The code as a timeline fact. */
        public String fact() {
            return reason == null ? NOT_CODED : reason.name();
        }

        /** "reason CASE_RESOLVED: the office says …", for the explanation. */
        public String explained() {
            return "reason " + fact() + ": " + words;
        }
    }
}
