package no.nav.overgang.stack.access;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import no.nav.overgang.stack.OvergangStack;
import no.nav.overgang.stack.TestStack;

/**
 * Calls every rule's endpoint as every caller, on the real objects, and reports each answer that is not what the matrix
 * says: the status (allowed: 2xx, 3xx or 409 for a step the object's state refuses, never 401 or 403; refused: 403; no
 * token: 401) and what the answer shows (a national id only where the rule names the person and the caller may see
 * the case; no office A object in another office's list; no case key in aggregates; the masked dead letter's person
 * nowhere). Reads go first, then the steps, each phase in parallel.
 */
final class MatrixWalk {

    private MatrixWalk() {
    }

    enum Verdict { ALLOW, DENY, UNAUTHENTICATED }

    /** @param seesCase the caller may see office A's case through this endpoint */
    record Expected(Verdict verdict, Scope scope, boolean seesCase) {

        static Expected of(Rule rule, Caller caller) {
            if (caller.token() == null) {
                return new Expected(Verdict.UNAUTHENTICATED, null, false);
            }
            Scope scope = caller.role() == null ? null : rule.permits().get(caller.role());
            if (scope == null || scope.objectScoped() && !caller.own()) {
                return new Expected(Verdict.DENY, scope, false);
            }
            return new Expected(Verdict.ALLOW, scope, (scope.objectScoped() || scope.listScoped()) && caller.own());
        }
    }

    record Call(Rule rule, Caller caller, Expected expected) {
    }

    /** The calls made and the mismatches found. */
    record Result(int calls, List<String> mismatches) {
    }

    static Result walk(OvergangStack stack, List<Rule> rules, List<Caller> callers, Fixture fixture) {
        List<Call> calls = new ArrayList<>();
        for (Rule rule : rules) {
            for (Caller caller : callers) {
                calls.add(new Call(rule, caller, Expected.of(rule, caller)));
            }
        }
        Collection<String> mismatches = new ConcurrentLinkedQueue<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4);
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                     .executor(threads).build()) {
            run(stack, http, calls.stream().filter(c -> c.rule().read()).toList(), fixture, mismatches);
            run(stack, http, calls.stream().filter(c -> !c.rule().read()).toList(), fixture, mismatches);
        }
        return new Result(calls.size(), mismatches.stream().sorted().toList());
    }

    private static void run(OvergangStack stack, HttpClient http, List<Call> calls, Fixture fixture,
                            Collection<String> mismatches) {
        CompletableFuture.allOf(calls.stream().map(call -> http
                .sendAsync(Requests.build(stack, call.rule(), call.caller(), fixture),
                        HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    if (failure != null) {
                        mismatches.add(where(call, fixture) + ": " + failure);
                    } else {
                        mismatches.addAll(check(call, response.statusCode(), response.body(), fixture).stream()
                                .map(problem -> where(call, fixture) + ": " + problem).toList());
                    }
                    return null;
                })).toArray(CompletableFuture[]::new)).join();
    }

    static List<String> check(Call call, int status, String body, Fixture fixture) {
        List<String> problems = new ArrayList<>();
        Expected expected = call.expected();
        boolean ok = switch (expected.verdict()) {
            case ALLOW -> status >= 200 && status < 400 || status == 409;
            case DENY -> status == 403;
            case UNAUTHENTICATED -> status == 401;
        };
        if (!ok) {
            problems.add("expected " + expected.verdict() + (expected.scope() == null ? "" : " (" + expected.scope()
                    .words() + ")") + " but got " + status + " " + abbreviate(body));
        }
        Rule rule = call.rule();
        if (body.contains(fixture.neverShown())) {
            problems.add("shows the national id behind a dead letter");
        }
        // the case in front of one who may read it (a refused step shows the page again), or a role that reads
        // every case's records (the auditor)
        boolean mayName = rule.showsNationalId() && (expected.seesCase() || readsTheCase(call.caller())
                || expected.verdict() == Verdict.ALLOW && expected.scope() == Scope.ANY);
        if (!mayName && fixture.nationalIds().stream().anyMatch(body::contains)) {
            problems.add("shows a national id of office A's persons");
        }
        if (mayName && expected.seesCase() && status == 200
                && fixture.nationalIds().stream().noneMatch(body::contains)) {
            problems.add("does not name the person although the rule says it does");
        }
        if (!expected.seesCase() && body.contains(fixture.marker())) {
            problems.add("shows office A's handover content");
        }
        if (expected.scope() != null && expected.scope().listScoped() && !call.caller().own()) {
            Set<String> leaked = fixture.objectIds().stream().filter(body::contains).collect(Collectors.toSet());
            if (!leaked.isEmpty()) {
                problems.add("lists office A's objects " + leaked);
            }
        }
        if (expected.scope() == Scope.AGGREGATE && fixture.nationalIds().stream()
                .map(TestStack.CASE_KEYS::caseKey).anyMatch(body::contains)) {
            problems.add("shows a case key in an aggregate-only answer");
        }
        if (rule.shows() != null && expected.seesCase() && ok && !body.contains(fixture.resolve(rule.shows()))) {
            problems.add("does not list office A's " + rule.shows() + " to its own office, unit or pool");
        }
        return problems;
    }

    /** One of the conference's invited roles, of office A, unit 4402 or pool rol-pool: they may read the case. */
    private static boolean readsTheCase(Caller caller) {
        return caller.own() && caller.role() != null && AccessRules.ALL.stream()
                .filter(r -> r.method().equals("GET") && r.path().equals("/api/conferences/{id}"))
                .anyMatch(r -> r.permits().containsKey(caller.role()) && r.permits().get(caller.role()).objectScoped());
    }

    private static String where(Call call, Fixture fixture) {
        Rule rule = call.rule();
        return rule.endpoint() + (rule.variant().isEmpty() ? "" : " [" + rule.variant() + "]") + " as "
                + call.caller() + " (" + rule.method() + " " + Requests.path(rule, fixture) + ")";
    }

    private static String abbreviate(String body) {
        // never a national id in the test's own output
        String oneLine = body.replaceAll("\\s+", " ").replaceAll("\\d{11}", "<11 digits>");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
