package no.nav.overgang.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseHistoriesTest {

    private static final SimulationSettings SETTINGS = new SimulationSettings(400, LocalDate.parse("2023-01-02"), 365,
            Instant.parse("2026-06-30T00:00:00Z"), List.of("0315", "0312", "1201"), 7, 0.5, 1.0, 0, "unused", null);

    @Test
    void maksdato_is_the_day_the_248th_benefit_day_is_used_after_the_16_employer_days() {
        // sick from Monday 5 January 2026: the employer pays to 20 January, sykepenger from Wednesday 21 January
        LocalDate maxDate = CaseHistories.maxDate(LocalDate.parse("2026-01-05"));

        assertThat(CaseHistories.usedDays(LocalDate.parse("2026-01-05"), maxDate)).isEqualTo(248);
        assertThat(CaseHistories.usedDays(LocalDate.parse("2026-01-05"), maxDate.minusDays(1))).isEqualTo(247);
        assertThat(maxDate).isEqualTo(LocalDate.parse("2027-01-01"));
    }

    @Test
    void the_same_settings_give_the_same_records_byte_for_byte() {
        var first = new CaseHistories(SETTINGS).generate();
        var second = new CaseHistories(SETTINGS).generate();

        assertThat(first.records()).hasSameSizeAs(second.records());
        for (int i = 0; i < first.records().size(); i++) {
            assertThat(Arrays.equals(first.records().get(i).value(), second.records().get(i).value()))
                    .as("record %d", i).isTrue();
        }
    }

    @Test
    void a_person_has_the_same_history_whatever_the_number_of_persons() {
        var small = new CaseHistories(SETTINGS.withPersons(10)).generate();
        var large = new CaseHistories(SETTINGS).generate();

        assertThat(large.persons().subList(0, 10)).isEqualTo(small.persons());
    }

    @Test
    void records_are_in_business_time_order_never_after_until_and_never_keyed_by_a_national_id() {
        var simulation = new CaseHistories(SETTINGS).generate();

        assertThat(simulation.records()).isSortedAccordingTo(java.util.Comparator.comparing(SourceRecord::occurredAt));
        assertThat(simulation.records()).allMatch(r -> !r.occurredAt().isAfter(SETTINGS.until()));
        var nationalIds = simulation.persons().stream().map(CaseHistories.Person::nationalId)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(simulation.records()).noneMatch(r -> nationalIds.stream().anyMatch(id -> r.key().contains(id)));
        assertThat(simulation.persons()).allMatch(p -> p.nationalId().charAt(2) >= '4',
                "synthetic: month + 40");
    }

    @Test
    void every_path_and_outcome_of_the_model_occurs() {
        var simulation = new CaseHistories(SETTINGS.withPersons(2000)).generate();

        assertThat(simulation.persons()).extracting(CaseHistories.Person::path)
                .contains("sykepenger-short", "sykepenger", "aap");
        assertThat(simulation.persons()).extracting(CaseHistories.Person::outcome)
                .contains(CaseHistories.Outcome.values());
        assertThat(simulation.records()).extracting(SourceRecord::event).contains(
                "sykepenger:sykefravaer_startet", "sykepenger:aktivitetskrav_vurdert",
                "sykepenger:dialogmote_ferdigstilt", "sykepenger:maksdatovarsel_sendt",
                "sykepenger:utbetaling_utbetalt", "sykepenger:sykefravaer_avsluttet", "aap:VEDTAK_INNVILGET",
                "aap:VEDTAK_FORLENGET", "aap:STANS_VARSLET", "aap:VEDTAK_OPPHORT", "uforetrygd:KRAV_MOTTATT",
                "uforetrygd:VEDTAK_FATTET", "folkeregister:DIED", "folkeregister:EMIGRATED",
                "folkeregister:MOVED_OFFICE", "folkeregister:REACHED_RETIREMENT_AGE", "admin:RETURNED_TO_WORK");
        assertThat(new String(simulation.records().stream().filter(r -> r.event().equals("aap:VEDTAK_INNVILGET"))
                .map(r -> new String(r.value())).reduce("", String::concat)))
                .contains("VURDERES_FOR_UFØRETRYGD").contains("SYKEPENGEERSTATNING").contains("BISTANDSBEHOV");
    }

    @Test
    void a_hazard_ratio_of_two_makes_the_exposed_group_clarify_sooner() {
        SimulationSettings faster = new SimulationSettings(4000, SETTINGS.from(), 365, SETTINGS.until(),
                SETTINGS.offices(), 7, 0.5, 2.0, 0, "unused", null);
        var simulation = new CaseHistories(faster).generate();

        double exposed = medianDaysToClarification(simulation, true);
        double notExposed = medianDaysToClarification(simulation, false);
        // Weibull with shape 1.3: the median scales by 2^(-1/1.3) = 0.59 under a hazard ratio of 2
        assertThat(exposed / notExposed).isBetween(0.45, 0.75);
    }

    private static double medianDaysToClarification(CaseHistories.Simulation simulation, boolean exposed) {
        long[] days = simulation.persons().stream()
                .filter(p -> p.indexDate() != null && p.exposed() == exposed && p.outcome().clarifies())
                .mapToLong(p -> ChronoUnit.DAYS.between(p.indexDate(), p.outcomeDate())).sorted().toArray();
        return days[days.length / 2];
    }
}
