package no.nav.overgang.proof.faults;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.nav.overgang.events.Topics;

/**
 * Compares the faulted run with the fault-free run and with what the history says must happen. Every check is a
 * row of counts, of one of two kinds. An <em>invariant</em> holds in each run on its own, or concerns input that
 * does not depend on processing order: every milestone recorded once with the same id, nothing twice (one entry,
 * arm, conference request and conference per case; one handover per held conference), every bad event
 * dead-lettered with its reason, no other dead letter. <em>The same answer</em> compares the runs' decisions: the
 * same cohort, arms, conferences and analysis dataset. Both count as differences (the command exits 1); the shorter
 * CI version requires the invariants, because the answer currently depends on the order in which a case's
 * milestones from different source topics reach the coordinator (docs/PERFORMANCE.md, "Faults"). The report counts
 * the <em>order-sensitive cases</em>: cases whose cohort entry or end came from another milestone in the two runs.
 */
final class Comparison {

    /** Events a person's action announces, with a random id: compared by type and case, not by id. */
    private static final Set<String> ANNOUNCED_WITH_RANDOM_IDS = Set.of("AdviceRecorded", "InvitationAnswered",
            "ConferenceScheduled", "ConferenceHeld", "ConferenceCancelled", "MeasuresAssessmentRecorded",
            "HandoverClaimed", "HandoverAcknowledged", "HandoverReturned");
    private static final Set<String> CASE_ENDS = Set.of("CaseClarified", "CaseEndedByCompetingEvent", "CaseCensored");

    /** One check; {@code status} is "ok", "BROKEN" (an invariant) or "differs" (the answer). */
    record Row(String check, String faultFree, String faulted, String expected, String status) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> differences = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();
    private Set<String> orderSensitive = Set.of();

    static Comparison of(FaultHistory history, RunResult clean, RunResult faulted) {
        Comparison comparison = new Comparison();
        comparison.compare(history, clean, faulted);
        return comparison;
    }

    /** No difference at all: the same answer as the fault-free run. */
    boolean ok() {
        return differences.isEmpty();
    }

    List<Row> rows() {
        return rows;
    }

    /** Every difference, explained or not. */
    List<String> differences() {
        return differences;
    }

    /** Broken invariants: something lost, twice, with the wrong reason, or an unexpected dead letter. */
    List<String> brokenInvariants() {
        return broken;
    }

    Set<String> orderSensitiveCases() {
        return orderSensitive;
    }

    void print(PrintStream out) {
        out.printf("%n%-56s %12s %12s %12s  %s%n", "check", "fault-free", "faulted", "expected", "");
        for (Row row : rows) {
            out.printf("%-56s %12s %12s %12s  %s%n", row.check(), row.faultFree(), row.faulted(), row.expected(),
                    row.status());
        }
        out.printf("%nOrder-sensitive cases (cohort entry or end decided on another milestone): %,d%n",
                orderSensitive.size());
        if (differences.isEmpty()) {
            out.println("No differences: nothing lost, nothing twice, every bad event dead-lettered with its reason, "
                    + "the same answer.");
            return;
        }
        out.printf("%d difference(s), %d of them broken invariants (marked !):%n", differences.size(), broken.size());
        differences.stream().limit(40).forEach(d -> out.println("  " + (broken.contains(d) ? "! " : "  ") + d));
    }

    private void compare(FaultHistory history, RunResult a, RunResult b) {
        String milestones = Topics.MILESTONES.name();
        String cases = Topics.CASES.name();
        String conferences = Topics.CONFERENCES.name();
        String handovers = Topics.HANDOVERS.name();
        String dlq = Topics.MILESTONE_DEAD_LETTERS.name();
        orderSensitive = orderSensitive(a, b, cases);

        // every source event that is a milestone became exactly one MilestoneRecorded, with the same ids
        exact("milestones recorded (distinct events)", a, b, r -> distinct(r, milestones, "MilestoneRecorded").size(),
                history.milestones());
        same("  the same milestone event ids", true, a, b,
                r -> keys(distinct(r, milestones, "MilestoneRecorded"), Event::id));

        once("cases entered in the cohort", a, b, cases, "CaseEnteredCohort");
        once("arm assignments", a, b, cases, "ArmAssigned");
        same("arm per case", false, a, b, r -> byCase(distinct(r, cases, "ArmAssigned"), Event::detail));
        once("conferences requested (one per case)", a, b, cases, "ConferenceRequested");
        once("conferences created (one per case)", a, b, conferences, "ConferenceCreated");
        for (RunResult r : List.of(a, b)) {
            Set<String> requested = keys(distinct(r, cases, "ConferenceRequested"), Event::caseKey);
            Set<String> created = keys(distinct(r, conferences, "ConferenceCreated"), Event::caseKey);
            if (!requested.equals(created)) {
                broken(r.name() + ": cases with a conference request and no conference, or the reverse: "
                        + symmetricDifference(requested, created).size());
            }
        }
        same("conference id per case", false, a, b, r -> byCase(distinct(r, conferences, "ConferenceCreated"), Event::detail));
        exact("cases with a second conference row in the database", a, b,
                r -> r.conferencesPerCase().values().stream().filter(n -> n > 1).count(), 0);
        same("conference rows in the database", false, a, b,
                r -> r.conferencesPerCase().values().stream().mapToInt(Integer::intValue).sum());

        same("conferences held with an outcome", false, a, b, r -> new TreeSet<>(r.held()));
        for (RunResult r : List.of(a, b)) {
            Map<String, Long> perConference = distinct(r, handovers, "HandoverCreated").stream()
                    .collect(Collectors.groupingBy(Event::detail, Collectors.counting()));
            long wrong = r.held().stream().filter(id -> perConference.getOrDefault(id, 0L) != 1
                    || r.handoversPerConference().getOrDefault(id, 0) != 1).count();
            long stray = perConference.keySet().stream().filter(id -> !r.held().contains(id)).count();
            if (wrong + stray > 0) {
                broken(r.name() + ": held conferences without exactly one handover (event and row): " + wrong
                        + ", handovers for conferences not held: " + stray);
            }
        }
        long handoversA = distinct(a, handovers, "HandoverCreated").size();
        long handoversB = distinct(b, handovers, "HandoverCreated").size();
        boolean oneEach = handoversA == a.held().size() && handoversB == b.held().size();
        if (!oneEach) {
            broken("handovers: fault-free %d for %d held, faulted %d for %d held".formatted(handoversA,
                    a.held().size(), handoversB, b.held().size()));
        }
        rows.add(new Row("handovers created (one per held conference)", "%,d".formatted(handoversA),
                "%,d".formatted(handoversB), "= held", oneEach ? "ok" : "BROKEN"));

        perCase("analysis dataset: rows (cases) identical", a, b, r -> r.dataset().stream().collect(Collectors
                .toMap(line -> line.substring(0, line.indexOf(',')), line -> line, (x, y) -> x + "\n" + y,
                        TreeMap::new)));

        Map<String, Long> expected = history.bad().stream().collect(Collectors.groupingBy(
                bad -> bad.reason() + " " + bad.topic() + " " + Base64.getEncoder().encodeToString(bad.value()),
                Collectors.counting()));
        for (RunResult r : List.of(a, b)) {
            Map<String, Long> letters = distinct(r, dlq, "DeadLetterRecorded").stream()
                    .collect(Collectors.groupingBy(Event::detail, Collectors.counting()));
            long missing = expected.entrySet().stream()
                    .mapToLong(e -> Math.max(0, e.getValue() - letters.getOrDefault(e.getKey(), 0L))).sum();
            long unexpected = letters.entrySet().stream()
                    .mapToLong(e -> Math.max(0, e.getValue() - expected.getOrDefault(e.getKey(), 0L))).sum();
            if (missing + unexpected > 0) {
                broken("%s: bad events without their dead letter (or with another reason) %d, other dead letters %d"
                        .formatted(r.name(), missing, unexpected));
            }
        }
        exact("bad events dead-lettered with their reason", a, b,
                r -> distinct(r, dlq, "DeadLetterRecorded").size(), history.bad().size());
        for (BadEvent.Kind kind : BadEvent.Kind.values()) {
            long count = history.bad().stream().filter(bad -> bad.kind() == kind).count();
            exact("  of which " + kind.reason(), a, b, r -> distinct(r, dlq, "DeadLetterRecorded").stream()
                    .filter(e -> e.detail().startsWith(kind.reason() + " ")).count(), count);
        }
        exact("internal dead letters (overgang.deadletter.v1)", a, b,
                r -> distinct(r, Topics.DEAD_LETTERS.name(), null).size(), 0);
        for (RunResult r : List.of(a, b)) {
            distinct(r, Topics.DEAD_LETTERS.name(), null).forEach(letter -> broken(r.name() + ": " + letter.note()));
        }

        for (String topic : List.of(cases, conferences, handovers)) {
            perCase("events on " + topic + " per case", a, b, r -> byCase(distinct(r, topic, null),
                    e -> e.type() + (ANNOUNCED_WITH_RANDOM_IDS.contains(e.type()) ? "" : " " + e.id())));
        }
        for (String topic : a.topics().keySet()) {
            rows.add(new Row("(info) records on " + topic + " published twice", "%,d".formatted(twice(a, topic)),
                    "%,d".formatted(twice(b, topic)), "-", "info"));
        }
    }

    /** Cases whose cohort entry or end came from another event in the two runs. */
    private static Set<String> orderSensitive(RunResult a, RunResult b, String topic) {
        Function<RunResult, Map<String, String>> decisions = r -> byCase(distinct(r, topic, null).stream()
                .filter(e -> e.type().equals("CaseEnteredCohort") || CASE_ENDS.contains(e.type())).toList(),
                e -> e.type() + " " + e.id());
        Map<String, String> x = decisions.apply(a);
        Map<String, String> y = decisions.apply(b);
        Set<String> sensitive = new TreeSet<>();
        x.forEach((caseKey, decided) -> {
            if (y.containsKey(caseKey) && !decided.equals(y.get(caseKey))) {
                sensitive.add(caseKey);
            }
        });
        return sensitive;
    }

    /** Events of a type (null: any) on a topic, each event once however often it was published. */
    private static List<Event> distinct(RunResult r, String topic, String type) {
        Map<String, Event> byId = new LinkedHashMap<>();
        r.topics().getOrDefault(topic, List.of()).stream()
                .filter(e -> type == null || e.type().equals(type))
                .forEach(e -> byId.putIfAbsent(e.id(), e));
        return new ArrayList<>(byId.values());
    }

    private static long twice(RunResult r, String topic) {
        return r.topics().getOrDefault(topic, List.of()).size() - distinct(r, topic, null).size();
    }

    /** A sorted description of each case's events. */
    private static Map<String, String> byCase(List<Event> events, Function<Event, String> describe) {
        Map<String, List<String>> lists = new TreeMap<>();
        events.forEach(e -> lists.computeIfAbsent(e.caseKey(), k -> new ArrayList<>()).add(describe.apply(e)));
        Map<String, String> described = new TreeMap<>();
        lists.forEach((caseKey, list) -> described.put(caseKey, list.stream().sorted()
                .collect(Collectors.joining("; "))));
        return described;
    }

    private static Set<String> keys(List<Event> events, Function<Event, String> key) {
        return events.stream().map(key).collect(Collectors.toSet());
    }

    private static <T> Set<T> symmetricDifference(Set<T> x, Set<T> y) {
        Set<T> result = new HashSet<>(x);
        result.addAll(y);
        Set<T> both = new HashSet<>(x);
        both.retainAll(y);
        result.removeAll(both);
        return result;
    }

    /** Each case has exactly one such event in each run, and the runs have the same cases. */
    private void once(String check, RunResult a, RunResult b, String topic, String type) {
        for (RunResult r : List.of(a, b)) {
            long n = distinct(r, topic, type).stream().collect(Collectors.groupingBy(Event::caseKey,
                    Collectors.counting())).values().stream().filter(c -> c > 1).count();
            if (n > 0) {
                broken(r.name() + ": " + n + " case(s) with more than one " + type);
            }
        }
        same(check, false, a, b, r -> keys(distinct(r, topic, type), Event::caseKey));
    }

    /** The runs give the same value; an invariant when the value does not depend on processing order. */
    private void same(String check, boolean invariant, RunResult a, RunResult b, Function<RunResult, Object> value) {
        Object x = value.apply(a);
        Object y = value.apply(b);
        boolean equal = Objects.equals(x, y);
        if (!equal) {
            String difference = check + ": the runs differ" + detail(x, y);
            if (invariant) {
                broken(difference);
            } else {
                differences.add(difference);
            }
        }
        rows.add(new Row(check, size(x), size(y), "same", equal ? "ok" : invariant ? "BROKEN" : "differs"));
    }

    /** The runs give the same value per case (the same answer); says how many differing cases are order-sensitive. */
    private void perCase(String check, RunResult a, RunResult b, Function<RunResult, Map<String, String>> value) {
        Map<String, String> x = value.apply(a);
        Map<String, String> y = value.apply(b);
        Set<String> all = new TreeSet<>(x.keySet());
        all.addAll(y.keySet());
        Set<String> differing = all.stream().filter(k -> !Objects.equals(x.get(k), y.get(k)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> other = differing.stream().filter(k -> !orderSensitive.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        String status = differing.isEmpty() ? "ok" : "differs";
        if (!differing.isEmpty()) {
            differences.add("%s: %d case(s) differ, %d of them not order-sensitive%s".formatted(check,
                    differing.size(), other.size(), example(other.isEmpty() ? differing : other, x, y)));
        }
        rows.add(new Row(check, size(x), size(y), "same", status));
    }

    private static String example(Set<String> cases, Map<String, String> x, Map<String, String> y) {
        String caseKey = cases.iterator().next();
        return "; e.g. case %s: fault-free [%s], faulted [%s]".formatted(caseKey, x.get(caseKey), y.get(caseKey));
    }

    /** Both runs give the expected count. */
    private void exact(String check, RunResult a, RunResult b, Function<RunResult, Number> value, long expected) {
        long x = value.apply(a).longValue();
        long y = value.apply(b).longValue();
        boolean ok = x == expected && y == expected;
        if (!ok) {
            broken("%s: expected %,d, fault-free %,d, faulted %,d".formatted(check, expected, x, y));
        }
        rows.add(new Row(check, "%,d".formatted(x), "%,d".formatted(y), "%,d".formatted(expected),
                ok ? "ok" : "BROKEN"));
    }

    private void broken(String difference) {
        differences.add(difference);
        broken.add(difference);
    }

    private static String size(Object value) {
        return switch (value) {
            case java.util.Collection<?> c -> "%,d".formatted(c.size());
            case Map<?, ?> m -> "%,d".formatted(m.size());
            case Number n -> "%,d".formatted(n.longValue());
            default -> String.valueOf(value);
        };
    }

    private static String detail(Object x, Object y) {
        if (x instanceof Set<?> s && y instanceof Set<?> t) {
            Set<Object> onlyX = new HashSet<>(s);
            onlyX.removeAll(t);
            Set<Object> onlyY = new HashSet<>(t);
            onlyY.removeAll(s);
            return " (only fault-free: %d, e.g. %s; only faulted: %d, e.g. %s)".formatted(onlyX.size(),
                    onlyX.stream().limit(3).toList(), onlyY.size(), onlyY.stream().limit(3).toList());
        }
        if (x instanceof Map<?, ?> m && y instanceof Map<?, ?> n) {
            Set<Object> keys = new HashSet<>(m.keySet());
            keys.addAll(n.keySet());
            List<Object> differing = keys.stream().filter(k -> !Objects.equals(m.get(k), n.get(k))).toList();
            return " (%d keys, e.g. %s)".formatted(differing.size(), differing.stream().limit(3)
                    .map(k -> k + ": " + m.get(k) + " vs " + n.get(k)).toList());
        }
        return " (" + x + " vs " + y + ")";
    }
}
