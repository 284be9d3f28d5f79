package no.nav.overgang.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures the batch processor retries (transient) instead of dead-lettering a record. */
class TransientFailuresTest {

    @Test
    void aConnectionLostAtRollbackOrCommitIsTransient() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("I/O error"));
        var shutdown = new TransactionSystemException("JDBC commit failed",
                new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(ResilientBatchProcessor.isTransient(rollback)).isTrue();
        assertThat(ResilientBatchProcessor.isTransient(shutdown)).isTrue();
    }

    @Test
    void aConstraintViolationIsNotTransient() {
        var duplicate = new DataIntegrityViolationException("insert failed",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(ResilientBatchProcessor.isTransient(duplicate)).isFalse();
        assertThat(ResilientBatchProcessor.isTransient(new IllegalStateException("no state"))).isFalse();
    }
}
