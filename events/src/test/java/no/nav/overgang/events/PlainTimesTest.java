package no.nav.overgang.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The plain reader gives what the JDK's ISO parsers give, or null and leaves the text to them. */
class PlainTimesTest {

    private static final List<String> TEXTS = List.of("2026-03-02", "2024-02-29", "2026-02-29", "2026-02-30",
            "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01", "9999-12-31", "2026-3-02", "2026/03/02",
            "２０２６-03-02", "2026-03-02T10:00:00", "2026-03-02T10:00", "2026-03-02T24:00:00", "2026-03-02T23:59:60",
            "2026-03-02T10:00:00.5", "2026-03-02T10:00:00Z", "2026-03-02T10:00:00.123456789Z",
            "2026-03-02T10:00:00.1234567890Z", "2026-03-02T10:00:00.Z", "2026-03-02T10:00:00+01:00",
            "2026-03-02T10:00:00-00:30", "2026-03-02T10:00:00+18:00", "2026-03-02T10:00:00+19:00",
            "2026-03-02T10:00:00+01:60", "2026-03-02T10:00:00+0100", "2026-03-02T10:00:00z", "2026-03-02t10:00:00Z",
            "2026-02-30T10:00:00Z", "2026-03-02 10:00:00Z", "", "2026-03-02T10:00:00Z ");

    @Test
    void dates_are_read_as_local_date_parse_reads_them() {
        assertAgrees(PlainTimes::date, LocalDate::parse, "2026-03-02", "2024-02-29");
    }

    @Test
    void local_date_times_are_read_as_local_date_time_parse_reads_them() {
        assertAgrees(PlainTimes::dateTime, LocalDateTime::parse, "2026-03-02T10:00:00");
    }

    @Test
    void offset_date_times_are_read_as_offset_date_time_parse_reads_them() {
        assertAgrees(PlainTimes::offsetDateTime, OffsetDateTime::parse, "2026-03-02T10:00:00Z",
                "2026-03-02T10:00:00.123456789Z", "2026-03-02T10:00:00+01:00", "2026-03-02T10:00:00-00:30");
    }

    private static void assertAgrees(Function<String, Object> plain, Function<String, Object> jdk, String... read) {
        for (String text : TEXTS) {
            Object quick = plain.apply(text);
            if (quick != null) {
                assertThat(quick).as(text).isEqualTo(jdk.apply(text));
            }
        }
        for (String text : read) {
            assertThat(plain.apply(text)).as(text).isNotNull();
        }
    }
}
