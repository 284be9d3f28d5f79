package no.nav.overgang.proof.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.nav.overgang.simulator.SourceRecord;

/** The plain ceilings do their work on a real broker and database: every record copied, stored, outboxed. */
class CeilingsTest {

    private final SystemUnderTest infrastructure = new SharedInfrastructure();

    @Test
    void each_ceiling_processes_every_record_and_reports_a_rate() throws Exception {
        List<SourceRecord> records = BusinessPeriods.simulate(60, 11, 0);
        Ceilings ceilings = new Ceilings(infrastructure, 2, 3);

        double copy = ceilings.kafkaCopy(records);
        double insert = ceilings.batchedInsert(records);
        double stage = ceilings.plainStage(records);

        assertThat(List.of(copy, insert, stage)).allSatisfy(rate -> assertThat(rate).isPositive().isFinite());
        assertThat(count("bench.inserted")).as("rows of the batched insert").isEqualTo(records.size());
        assertThat(count("bench.received")).as("rows of the plain stage").isEqualTo(records.size());
        assertThat(count("bench.outbox")).as("outbox rows of the plain stage").isEqualTo(records.size());
    }

    @Test
    void a_source_record_is_matched_to_the_correlation_id_the_intake_gives_its_milestone() {
        List<SourceRecord> records = BusinessPeriods.simulate(5, 3, 0);

        assertThat(records).filteredOn(SourceRecord::milestone).isNotEmpty()
                .allSatisfy(record -> assertThat(LatencyProbe.correlation(record)).isNotNull());
        assertThat(records.stream().filter(SourceRecord::milestone).map(LatencyProbe::correlation).distinct().count())
                .as("one correlation per milestone").isEqualTo(records.stream().filter(SourceRecord::milestone).count());
    }

    private long count(String table) throws Exception {
        try (Connection db = Jdbc.connect(infrastructure); Statement sql = db.createStatement();
             var rs = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
