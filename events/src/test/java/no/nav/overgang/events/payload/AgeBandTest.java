package no.nav.overgang.events.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.InvalidEventException;

class AgeBandTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final String CASE_KEY = "9f2c4e1a7b3d5f60a1b2c3d4e5f60718";

    @ParameterizedTest(name = "age {0} → {1}")
    @CsvSource({"0, UNDER_30", "29, UNDER_30", "30, FROM_30_TO_39", "39, FROM_30_TO_39", "40, FROM_40_TO_49",
            "49, FROM_40_TO_49", "50, FROM_50_TO_59", "59, FROM_50_TO_59", "60, FROM_60", "67, FROM_60"})
    void bands_ages_in_whole_years(int age, AgeBand band) {
        assertThat(AgeBand.ofAge(age)).isEqualTo(band);
    }

    @Test
    void counts_the_age_on_the_index_date_birthday_included() {
        // 15436840087: born 15 March 1968 (synthetic, month + 40)
        assertThat(AgeBand.atIndexDate("15436840087", LocalDate.of(2028, 3, 14))).isEqualTo(AgeBand.FROM_50_TO_59);
        assertThat(AgeBand.atIndexDate("15436840087", LocalDate.of(2028, 3, 15))).isEqualTo(AgeBand.FROM_60);
        // 31525940023: born 31 December 1959
        assertThat(AgeBand.atIndexDate("31525940023", LocalDate.of(2026, 3, 2))).isEqualTo(AgeBand.FROM_60);
        // 02447140090: born 2 April 1971
        assertThat(AgeBand.atIndexDate("02447140090", LocalDate.of(2026, 3, 2))).isEqualTo(AgeBand.FROM_50_TO_59);
        // a D-number of someone born 1 January 2005 (synthetic month)
        assertThat(AgeBand.atIndexDate("41410550000", LocalDate.of(2026, 3, 2))).isEqualTo(AgeBand.UNDER_30);
    }

    @Test
    void is_unknown_without_a_readable_date_of_birth_or_before_birth() {
        assertThat(AgeBand.atIndexDate("01417080000", LocalDate.of(2026, 3, 2))).isNull();
        assertThat(AgeBand.atIndexDate(null, LocalDate.of(2026, 3, 2))).isNull();
        assertThat(AgeBand.atIndexDate("01410550000", LocalDate.of(2004, 12, 31))).isNull();
    }

    @Test
    void the_cohort_entry_carries_the_band_through_its_schema_and_reads_without_it_as_unknown() {
        CaseEnteredCohort withBand = new CaseEnteredCohort(SourceSystem.AAP, "0315", LocalDate.of(2026, 3, 2),
                "aap-rule", 1, Map.of(), "entered because: test", "AAP|0315", AgeBand.FROM_40_TO_49);
        EventEnvelope<CaseEnteredCohort> event = EventEnvelope.first(UUID.randomUUID(), withBand, AT, AT,
                "overgang-coordinator", CASE_KEY);

        String json = EventJson.writeString(event);
        assertThat(json).contains("\"ageBand\":\"FROM_40_TO_49\"");
        assertThat(EventJson.read(json).payload()).isEqualTo(withBand);

        String without = EventJson.writeString(EventEnvelope.first(UUID.randomUUID(), new CaseEnteredCohort(
                SourceSystem.AAP, "0315", LocalDate.of(2026, 3, 2), "aap-rule", 1, Map.of(), "entered because: test",
                "AAP|0315"), AT, AT, "overgang-coordinator", CASE_KEY));
        assertThat(without).doesNotContain("ageBand");
        assertThat(((CaseEnteredCohort) EventJson.read(without).payload()).ageBand()).isNull();
        assertThatThrownBy(() -> EventJson.read(json.replace("FROM_40_TO_49", "FROM_40_TO_45")))
                .as("a band the schema does not know").isInstanceOf(InvalidEventException.class);
    }
}
