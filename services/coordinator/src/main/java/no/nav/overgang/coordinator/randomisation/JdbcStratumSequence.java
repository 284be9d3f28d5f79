package no.nav.overgang.coordinator.randomisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Positions per stratum in {@code stratum_allocation}; the row lock orders concurrent entries into one stratum. */
@Component
public class JdbcStratumSequence implements PermutedBlockRandomiser.StratumSequence {

    private final JdbcTemplate jdbc;

    public JdbcStratumSequence(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int next(String stratum) {
        Integer allocated = jdbc.queryForObject("""
                INSERT INTO stratum_allocation (stratum, allocated) VALUES (?, 1)
                ON CONFLICT (stratum) DO UPDATE SET allocated = stratum_allocation.allocated + 1
                RETURNING allocated""", Integer.class, stratum);
        return allocated - 1;
    }
}
