package no.nav.overgang.proof.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.nav.overgang.intake.submission.NationalId;
import no.nav.overgang.simulator.SourceRecord;

class BusinessPeriodsTest {

    private static final Pattern QUOTED_ID = Pattern.compile("\"(\\d{11})\"");

    @Test
    void each_period_ends_before_the_next_one_begins_so_no_feed_is_late_behind_the_one_before() {
        List<SourceRecord> older = BusinessPeriods.simulate(200, 7, 2);
        List<SourceRecord> newer = BusinessPeriods.simulate(200, 42, 1);
        List<SourceRecord> latest = BusinessPeriods.simulate(200, 4242, 0);

        assertThat(last(older)).isBefore(first(newer));
        assertThat(last(newer)).isBefore(first(latest));
        assertThat(last(latest)).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void the_oldest_period_still_has_valid_synthetic_national_ids_and_dates_after_1900() {
        List<SourceRecord> oldest = BusinessPeriods.simulate(300, 11, BusinessPeriods.OLDEST);

        assertThat(first(oldest)).isAfter(Instant.parse("1900-01-01T00:00:00Z"));
        long ids = 0;
        for (SourceRecord record : oldest) {
            Matcher id = QUOTED_ID.matcher(new String(record.value(), StandardCharsets.UTF_8));
            while (id.find()) {
                ids++;
                assertThat(NationalId.problem(id.group(1))).as(record.toString()).isNull();
            }
        }
        assertThat(ids).isPositive();
    }

    private static Instant first(List<SourceRecord> records) {
        return records.stream().map(SourceRecord::occurredAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant last(List<SourceRecord> records) {
        return records.stream().map(SourceRecord::occurredAt).max(Comparator.naturalOrder()).orElseThrow();
    }
}
