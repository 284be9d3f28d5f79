package no.nav.overgang.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.testkit.ServiceTest;

/**
 * Collections of inserts may be written before the commit, so that a transaction writes its batch before it locks the
 * business clock's shared rows; collections that must wait for the commit (counters) still wait.
 */
@ServiceTest
class BeforeCommitInsertsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void flushing_inserts_writes_them_at_once_and_leaves_the_writes_that_wait_for_the_commit() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS before_commit_inserts_test (run UUID, kind TEXT, n INT)");
        UUID run = UUID.randomUUID();
        BeforeCommit<Integer> inserts = BeforeCommit.inserts(rows -> write(run, "insert", rows), () -> {
        });
        BeforeCommit<Integer> atCommit = new BeforeCommit<>(rows -> write(run, "at-commit", rows), () -> {
        });

        List<String> seenBeforeCommit = transactions.execute(status -> {
            inserts.add(1, "in a transaction");
            atCommit.add(2, "in a transaction");
            BeforeCommit.flushInserts();
            List<String> seen = kinds(run);
            inserts.add(3, "in a transaction");
            return seen;
        });

        assertThat(seenBeforeCommit).containsExactly("insert:1");
        assertThat(kinds(run)).containsExactly("at-commit:2", "insert:1", "insert:3");
    }

    private void write(UUID run, String kind, List<Integer> rows) {
        rows.forEach(n -> jdbc.update("INSERT INTO before_commit_inserts_test (run, kind, n) VALUES (?, ?, ?)",
                run, kind, n));
    }

    private List<String> kinds(UUID run) {
        return jdbc.queryForList("""
                SELECT kind || ':' || n FROM before_commit_inserts_test WHERE run = ? ORDER BY kind, n""",
                String.class, run);
    }
}
