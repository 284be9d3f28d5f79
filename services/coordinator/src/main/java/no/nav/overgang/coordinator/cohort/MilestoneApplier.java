package no.nav.overgang.coordinator.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.coordinator.cases.CaseMilestone;
import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.EarlyConferenceEvent;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.coordinator.followup.CaseProgress;
import no.nav.overgang.coordinator.followup.Cause;
import no.nav.overgang.coordinator.followup.EndRules;
import no.nav.overgang.coordinator.followup.PilotProperties;
import no.nav.overgang.coordinator.followup.Timers;
import no.nav.overgang.coordinator.randomisation.Assignment;
import no.nav.overgang.coordinator.randomisation.Randomiser;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.AgeBand;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.platform.consumer.DeadLetters;
import no.nav.overgang.platform.consumer.ResilientBatchProcessor;
import no.nav.overgang.platform.outbox.BeforeCommit;
import no.nav.overgang.platform.outbox.Outbox;

/**
 * Applies milestones to their cases, set-based, in the caller's transaction: the cases they touch are locked and read
 * in one query, their histories in another, and each case's milestones are applied in business-time order. The first
 * time the eligibility rule holds, the case enters the cohort, is assigned its arm and, for a pilot arm, gets a
 * conference request; for a case in the cohort, its own timers due by a milestone's time fire first, then the end
 * rules apply. A milestone that changes nothing costs no query of its own.
 * <p>
 * Applied on a watermark, the milestones run together in one savepoint; when that fails for a reason retrying cannot
 * cure (a bug, bad data), it is rolled back and each milestone runs in a savepoint of its own: the one that fails is
 * rolled back alone, goes to the dead-letter topic with the reason and is not tried again, and the others are
 * applied. A transient failure (the database unavailable) fails them all, to be retried.
 */
@Component
public class MilestoneApplier {

    private static final Logger log = LoggerFactory.getLogger(MilestoneApplier.class);

    private final CaseRepository cases;
    private final EligibilityRules rules;
    private final EndRules endRules;
    private final Randomiser randomiser;
    private final CaseProgress progress;
    private final Timers timers;
    private final PilotProperties pilot;
    private final Outbox outbox;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final TransactionTemplate savepoint;

    public MilestoneApplier(CaseRepository cases, EligibilityRules rules, EndRules endRules, Randomiser randomiser,
                            CaseProgress progress, Timers timers, PilotProperties pilot, Outbox outbox, Clock clock,
                            DeadLetters deadLetters, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.rules = rules;
        this.endRules = endRules;
        this.randomiser = randomiser;
        this.progress = progress;
        this.timers = timers;
        this.pilot = pilot;
        this.outbox = outbox;
        this.clock = clock;
        this.deadLetters = deadLetters;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Applies stored milestones in business-time order ({@link PendingMilestones#ORDER}), across their cases too, so
     * that an order-sensitive randomisation (permuted blocks) allocates in the same order on every run.
     *
     * @param partition the partition of {@code overgang.milestone.v1} they were pending on: one that fails for good is
     *                  dead-lettered alone and the others applied
     * @return their cases that are in the cohort, as they then stand
     */
    public Map<String, PilotCase> apply(List<EventEnvelope<MilestoneRecorded>> milestones, int partition) {
        if (milestones.isEmpty()) {
            return Map.of();
        }
        Batch batch = read(milestones.stream().sorted(PendingMilestones.ORDER).toList(), null);
        // optimistically in one savepoint; only when that fails, again one savepoint per milestone, so the one that
        // cannot be applied is isolated exactly as before
        BeforeCommit.Mark mark = BeforeCommit.mark();
        try {
            savepoint.executeWithoutResult(status -> batch.applyAll(null));
        } catch (RuntimeException e) {
            if (ResilientBatchProcessor.isTransient(e)) {
                throw e;
            }
            mark.reset();
            log.info("{} milestones of partition {} failed together ({}); applying them one at a time",
                    batch.ordered.size(), partition, e.getClass().getSimpleName());
            batch.reset();
            batch.applyAll(partition);
        }
        return batch.applyRemainingEarly();
    }

    /**
     * Applies milestones one after another in the order given — late ones as they arrived ({@link LateMilestones}),
     * not in business-time order — each exactly as applying it alone right after it arrived would: its history holds
     * what was stored by then ({@code arrival}: the milestones stored while these were collected, by when they
     * arrived; the later ones are hidden from it), what arrived early for its case is applied before the next
     * milestone, and it fails with the caller's transaction. Cases are locked and read, and
     * their histories read, once for all.
     *
     * @param arrival every milestone of {@code milestones}, and those stored between them, with its place in arrival
     *                order
     * @param then    called after each milestone with its case as it then stands, when it is in the cohort
     */
    public void applyAsArrived(List<EventEnvelope<MilestoneRecorded>> milestones, Map<UUID, Integer> arrival,
                               BiConsumer<EventEnvelope<MilestoneRecorded>, PilotCase> then) {
        if (milestones.isEmpty()) {
            return;
        }
        Batch batch = read(milestones, arrival);
        for (EventEnvelope<MilestoneRecorded> event : milestones) {
            String key = event.caseKey();
            batch.arrivedAt = arrival.get(event.eventId());
            Applied applied = applyOne(event, batch.current.get(key), null, batch);
            PilotCase now = applied.pilotCase();
            if (applied.early() != null && !applied.early().isEmpty()) {
                now = applyEarly(applied.early(), Instant.MAX, now);
            }
            batch.current.put(key, now);
            if (now != null) {
                then.accept(event, now);
            }
        }
    }

    /** Locks and reads the milestones' cases, and the histories that applying them needs, in one query each. */
    private Batch read(List<EventEnvelope<MilestoneRecorded>> ordered, Map<UUID, Integer> arrival) {
        Map<String, List<EventEnvelope<MilestoneRecorded>>> byCase = new TreeMap<>();
        for (EventEnvelope<MilestoneRecorded> milestone : ordered) {
            byCase.computeIfAbsent(milestone.caseKey(), k -> new ArrayList<>()).add(milestone);
        }
        List<String> keys = List.copyOf(byCase.keySet());
        cases.lockKeys(keys);
        Map<String, PilotCase> locked = cases.lockAll(keys);
        List<String> needHistory = keys.stream().filter(key -> needsHistory(locked.get(key), byCase.get(key)))
                .toList();
        CaseRepository.Histories histories = needHistory.isEmpty() ? CaseRepository.Histories.NONE
                : cases.histories(needHistory);
        Set<UUID> inBatch = new HashSet<>();
        ordered.forEach(m -> inBatch.add(m.eventId()));
        return new Batch(ordered, locked, histories, inBatch, arrival);
    }

    /** The milestones of one application, with what was read for them and the cases as they stand. */
    private final class Batch {

        private final List<EventEnvelope<MilestoneRecorded>> ordered;
        private final Map<String, PilotCase> locked;
        private final CaseRepository.Histories histories;
        private final Set<UUID> inBatch;
        /** Applied as they arrived: each stored milestone's place in arrival order; null in business-time order. */
        private final Map<UUID, Integer> arrival;
        /** Applied as they arrived: the place of the milestone being applied. */
        private Integer arrivedAt;
        private Map<String, PilotCase> current;
        private Map<String, Deque<Early>> early;

        private Batch(List<EventEnvelope<MilestoneRecorded>> ordered, Map<String, PilotCase> locked,
                      CaseRepository.Histories histories, Set<UUID> inBatch, Map<UUID, Integer> arrival) {
            this.ordered = ordered;
            this.locked = locked;
            this.histories = histories;
            this.inBatch = inBatch;
            this.arrival = arrival;
            reset();
        }

        /**
         * Whether a stored milestone is one this application applies with or after the one being applied, so it is
         * no early one of its case: in business-time order, any of them; as they arrived, it and those after it.
         */
        private boolean appliedFromNow(UUID eventId) {
            return inBatch.contains(eventId) && (arrival == null || arrival.get(eventId) >= arrivedAt);
        }

        /** Back to the cases as they were read, after the savepoint the milestones ran in was rolled back. */
        private void reset() {
            current = new HashMap<>(locked);
            early = new HashMap<>();
        }

        /**
         * Applies every milestone in order; with {@code partition}, each in its own savepoint, a milestone that fails
         * for good dead-lettered alone.
         */
        private void applyAll(Integer partition) {
            for (EventEnvelope<MilestoneRecorded> event : ordered) {
                String key = event.caseKey();
                Applied applied;
                if (partition == null) {
                    applied = applyOne(event, current.get(key), early.get(key), this);
                } else {
                    BeforeCommit.Mark mark = BeforeCommit.mark();
                    try {
                        applied = savepoint.execute(status -> applyOne(event, current.get(key), early.get(key),
                                this));
                    } catch (RuntimeException e) {
                        if (ResilientBatchProcessor.isTransient(e)) {
                            throw e;
                        }
                        mark.reset();
                        deadLetter(event, partition, e);
                        continue;
                    }
                }
                current.put(key, applied.pilotCase());
                if (applied.early() != null) {
                    early.put(key, applied.early());
                }
            }
        }

        /** Applies what arrived early and is still due; returns the cases in the cohort as they then stand. */
        private Map<String, PilotCase> applyRemainingEarly() {
            early.forEach((key, rest) -> {
                if (!rest.isEmpty()) {
                    current.put(key, applyEarly(rest, Instant.MAX, current.get(key)));
                }
            });
            current.values().removeIf(Objects::isNull);
            return current;
        }

        /** The case's stored milestones; as they arrived, without those that arrived after the one being applied. */
        private List<CaseRepository.HistoryEntry> history(String caseKey) {
            List<CaseRepository.HistoryEntry> all = histories.of(caseKey);
            if (arrival == null) {
                return all;
            }
            return all.stream().filter(entry -> arrival.getOrDefault(entry.eventId(), -1) <= arrivedAt).toList();
        }
    }

    /** A case as it stands after one of its milestones, with what arrived early still to apply (null: none). */
    private record Applied(PilotCase pilotCase, Deque<Early> early) {
    }

    /**
     * One milestone, with what arrived early for its case before it; changes only a copy of the case's early ones, so
     * a milestone rolled back leaves them as they were.
     */
    private Applied applyOne(EventEnvelope<MilestoneRecorded> event, PilotCase before, Deque<Early> earlyOfCase,
                             Batch batch) {
        Deque<Early> early = earlyOfCase == null ? null : new ArrayDeque<>(earlyOfCase);
        PilotCase pilotCase = before;
        if (early != null && !early.isEmpty() && early.peek().at().isBefore(event.occurredAt())) {
            pilotCase = applyEarly(early, event.occurredAt(), pilotCase);
        }
        PilotCase after = apply(pilotCase, event, batch.history(event.caseKey()));
        if (after != null && pilotCase == null) {
            early = arrivedEarly(after, batch);
        }
        return new Applied(after, early);
    }

    /**
     * A milestone that could not be applied for a reason retrying will not cure: to the dead-letter topic with the
     * reason, as stored (the record it came in is long committed); it is marked applied, so it is not tried again.
     */
    private void deadLetter(EventEnvelope<MilestoneRecorded> event, int partition, RuntimeException e) {
        log.warn("milestone {} of case {} could not be applied ({}); dead-lettered, the others are applied",
                event.eventId(), event.caseKey(), e.getClass().getSimpleName());
        deadLetters.record(EventIds.derived(event.eventId(), EventType.DEAD_LETTER_RECORDED, CaseProgress.SERVICE),
                Topics.MILESTONES.name(), partition, null, EventJson.write(event), "APPLYING_FAILED",
                e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** Whether the rule must see the case's history: it may enter, or a milestone is from before its entry. */
    private boolean needsHistory(PilotCase pilotCase, List<EventEnvelope<MilestoneRecorded>> ofCase) {
        return pilotCase == null ? ofCase.stream().anyMatch(m -> pilot.includes(m.payload().office()))
                : ofCase.stream().anyMatch(m -> m.occurredAt().isBefore(pilotCase.enteredAt()));
    }

    /** One milestone of a case; returns the case as it then stands, null while it is not in the cohort. */
    private PilotCase apply(PilotCase pilotCase, EventEnvelope<MilestoneRecorded> event,
                            List<CaseRepository.HistoryEntry> history) {
        if (pilotCase != null) {
            return follow(progress.catchUp(pilotCase, event.occurredAt()), event, history);
        }
        MilestoneRecorded milestone = event.payload();
        if (!pilot.includes(milestone.office()) || timers.followUpOverBy(event.occurredAt())) {
            return null;
        }
        Optional<CohortEntry> entry = rules.evaluate(milestone, event.occurredAt(), historyBefore(history, event));
        return entry.map(reason -> enter(event, reason, history)).orElse(null);
    }

    /** Something that arrived before the case entered, applied in business-time order among its milestones. */
    private record Early(Instant at, Runnable apply) {
    }

    /**
     * What arrived before the case entered but happened after its entry: conference steps read ahead of the
     * milestones, and late milestones that were applied (and changed nothing) while the case was not in the cohort.
     */
    private Deque<Early> arrivedEarly(PilotCase entered, Batch batch) {
        List<Early> early = new ArrayList<>();
        for (CaseRepository.HistoryEntry stored : batch.history(entered.caseKey())) {
            if (!stored.pending() && stored.occurredAt().isAfter(entered.enteredAt())
                    && !batch.appliedFromNow(stored.eventId())) {
                CaseMilestone later = stored.stored();
                early.add(new Early(later.occurredAt(), () -> {
                    PilotCase current = cases.lock(entered.caseKey()).orElseThrow();
                    if (!current.state().ended()) {
                        endRules.evaluate(current, later).ifPresent(end -> progress.end(current, end,
                                Cause.storedMilestone(later.eventId(), later.occurredAt())));
                    }
                }));
            }
        }
        if (batch.histories.withEarly().contains(entered.caseKey())) {
            for (EarlyConferenceEvent conference : cases.takeEarlyConferenceEvents(entered.caseKey())) {
                early.add(new Early(conference.occurredAt(), () -> progress.applyEarly(conference)));
            }
        }
        early.sort(Comparator.comparing(Early::at));
        return new ArrayDeque<>(early);
    }

    private PilotCase applyEarly(Deque<Early> early, Instant before, PilotCase current) {
        while (!early.isEmpty() && early.peek().at().isBefore(before)) {
            early.poll().apply().run();
        }
        return cases.lock(current.caseKey()).orElseThrow();
    }

    private static CaseHistory historyBefore(List<CaseRepository.HistoryEntry> history,
                                             EventEnvelope<MilestoneRecorded> event) {
        Set<MilestoneType> types = EnumSet.noneOf(MilestoneType.class);
        for (CaseRepository.HistoryEntry entry : history) {
            if (!entry.occurredAt().isAfter(event.occurredAt()) && !entry.eventId().equals(event.eventId())) {
                types.add(entry.milestone());
            }
        }
        return new CaseHistory(types);
    }

    /**
     * A milestone of a case in the cohort: it may end the case, or be one from before its entry. Returns the case as
     * it then stands.
     */
    private PilotCase follow(PilotCase pilotCase, EventEnvelope<MilestoneRecorded> event,
                             List<CaseRepository.HistoryEntry> history) {
        Optional<CohortEntry> wouldHaveEntered = event.occurredAt().isBefore(pilotCase.enteredAt())
                ? rules.evaluate(event.payload(), event.occurredAt(), historyBefore(history, event))
                : Optional.empty();
        if (wouldHaveEntered.isPresent()) {
            // entry and arm are announced and final; the earlier date is kept for the analysis to use
            log.info("case {} got a late milestone that would have entered it earlier, on {}", event.caseKey(),
                    PilotCase.date(event.occurredAt()));
            progress.note(pilotCase, Cause.of(event), "LATE_ELIGIBLE_MILESTONE", false,
                    wouldHaveEntered.get().facts(), "not applied: a late milestone met rule %s on %s, before the "
                            .formatted(wouldHaveEntered.get().ruleId(), PilotCase.date(event.occurredAt()))
                            + "index date %s; the entry stays as announced".formatted(pilotCase.indexDate()));
            return pilotCase;
        }
        var end = endRules.evaluate(pilotCase, stored(event));
        if (end.isEmpty()) {
            return pilotCase;
        }
        return progress.end(pilotCase, end.get(), Cause.of(event));
    }

    /** Enters the case (not in the cohort, its key locked) and returns it. */
    private PilotCase enter(EventEnvelope<MilestoneRecorded> event, CohortEntry reason,
                            List<CaseRepository.HistoryEntry> history) {
        MilestoneRecorded milestone = event.payload();
        SourceBenefit benefit = SourceBenefit.of(milestone.sourceSystem(), event.occurredAt(),
                history.stream().map(CaseRepository.HistoryEntry::stored).toList());
        String stratum = benefit.stratum(milestone.office());
        Assignment assignment = randomiser.assign(new Randomiser.Allocation(event.caseKey(), stratum,
                milestone.office()));
        boolean pilotArm = assignment.arm().pilot();
        UUID conferenceId = pilotArm ? MilestoneHandler.conferenceIdFor(event.caseKey()) : null;
        CaseState state = pilotArm ? CaseState.ENTERED.moveTo(CaseState.CONFERENCE_REQUESTED) : CaseState.ENTERED;
        LocalDate indexDate = PilotCase.date(event.occurredAt());
        Instant escalationDue = pilotArm
                ? PilotProperties.afterWorkingDays(event.occurredAt(), pilot.conferenceDeadlineWorkingDays()) : null;
        PilotCase pilotCase = new PilotCase(event.caseKey(), milestone.nationalId(), milestone.office(),
                benefit.benefit(), indexDate, event.occurredAt(), reason.ruleId(), reason.ruleVersion(),
                reason.facts(), reason.explanation(), stratum, assignment.arm().id(), pilotArm,
                assignment.arm().measuresAuthority(), assignment.method(), assignment.methodVersion(), state,
                conferenceId, event.eventId(), assignment.allocationIndex(), null, escalationDue, null, 1,
                pilotArm ? event.occurredAt() : null, null, null);
        cases.enter(pilotCase);
        var now = clock.instant();
        cases.addToTimeline(new TimelineEntry(pilotCase.caseKey(), event.occurredAt(), "ENTERED", true,
                CaseState.ENTERED, reason.ruleId(), reason.ruleVersion(), reason.facts(), reason.explanation(),
                event.eventId()));
        String assigned = "assigned arm %s by %s v%d%s".formatted(assignment.arm().id(), assignment.method(),
                assignment.methodVersion(), assignment.allocationIndex() == null ? ""
                        : " (position %d in stratum %s)".formatted(assignment.allocationIndex(), stratum))
                + "; stratum %s because: %s".formatted(stratum, benefit.basis());
        cases.addToTimeline(new TimelineEntry(pilotCase.caseKey(), event.occurredAt(), "ARM_ASSIGNED", true,
                CaseState.ENTERED, null, null, Map.of("arm", assignment.arm().id(), "method", assignment.method(),
                "stratum", stratum), assigned, event.eventId()));
        outbox.add(event.cause(new CaseEnteredCohort(benefit.benefit(), milestone.office(), indexDate,
                reason.ruleId(), reason.ruleVersion(), reason.facts(), reason.explanation(), stratum,
                AgeBand.atIndexDate(milestone.nationalId(), indexDate)), now, CaseProgress.SERVICE, null));
        outbox.add(event.cause(new ArmAssigned(assignment.arm().id(), pilotArm, assignment.arm().measuresAuthority(),
                assignment.method(), assignment.methodVersion(), stratum), now, CaseProgress.SERVICE, null));
        if (pilotArm) {
            String requested = "conference requested because: the case entered the cohort (" + reason.ruleId()
                    + ") and was assigned pilot arm " + assignment.arm().id();
            cases.addToTimeline(new TimelineEntry(pilotCase.caseKey(), event.occurredAt(), "CONFERENCE_REQUESTED",
                    true, state, null, null, Map.of("conferenceId", conferenceId.toString(), "escalationDueAt",
                    escalationDue.toString()), requested, event.eventId()));
            outbox.add(event.cause(new ConferenceRequested(conferenceId, assignment.arm().id(),
                    assignment.arm().measuresAuthority(), milestone.office(), milestone.nationalId(), requested), now,
                    CaseProgress.SERVICE, null));
        }
        return pilotCase;
    }

    private static CaseMilestone stored(EventEnvelope<MilestoneRecorded> event) {
        MilestoneRecorded m = event.payload();
        return new CaseMilestone(event.eventId(), m.milestone(), m.sourceSystem(), m.office(), event.occurredAt(),
                m.details());
    }
}
