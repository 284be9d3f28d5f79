package no.nav.overgang.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.testkit.ServiceTest;

/**
 * Work rolled back to a savepoint leaves nothing behind in what a transaction collects for its commit, and what it
 * collected before the savepoint is written even when it was flushed inside the work rolled back.
 */
@ServiceTest
class BeforeCommitSavepointTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_rollback_to_a_savepoint_discards_what_was_collected_after_the_mark_and_keeps_what_came_before() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS before_commit_savepoint_test (run UUID, n INT)");
        UUID run = UUID.randomUUID();
        BeforeCommit<Integer> rows = new BeforeCommit<>(batch -> batch.forEach(n -> jdbc.update(
                "INSERT INTO before_commit_savepoint_test (run, n) VALUES (?, ?)", run, n)), () -> {
        });
        TransactionTemplate savepoint = new TransactionTemplate(transactionManager);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

        transactions.executeWithoutResult(status -> {
            rows.add(1, "in a transaction");
            BeforeCommit.Mark mark = BeforeCommit.mark();
            try {
                savepoint.executeWithoutResult(inner -> {
                    rows.add(2, "in a transaction");
                    rows.flushNow();
                    rows.add(3, "in a transaction");
                    throw new IllegalStateException("fails after a flush");
                });
            } catch (IllegalStateException expected) {
                mark.reset();
            }
            rows.add(4, "in a transaction");
        });

        assertThat(jdbc.queryForList("SELECT n FROM before_commit_savepoint_test WHERE run = ? ORDER BY n",
                Integer.class, run)).containsExactly(1, 4);
    }
}
