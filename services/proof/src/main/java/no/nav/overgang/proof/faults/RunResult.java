package no.nav.overgang.proof.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one run left behind, read after it settled.
 *
 * @param name                   "fault-free" or "faulted"
 * @param topics                 every event on every topic (duplicates included), by topic name
 * @param dataset                the lines of the analysis dataset (without the header), sorted
 * @param conferencesPerCase     rows in the conference service's table, by case key
 * @param handoversPerConference rows in the handover service's table, by conference id
 * @param held                   the conferences the run held and recorded an outcome for
 * @param faults                 the faults injected, with what each hit (e.g. "SIGKILL intake (lag 12,345)")
 * @param wall                   the run's wall time, from start to settled
 */
record RunResult(String name, Map<String, List<Event>> topics, List<String> dataset,
                 Map<String, Integer> conferencesPerCase, Map<String, Integer> handoversPerConference,
                 List<String> held, List<String> faults, Duration wall) {
}
