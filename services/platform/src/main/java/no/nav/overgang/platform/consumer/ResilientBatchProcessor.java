package no.nav.overgang.platform.consumer;

import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@link RecordHandler} over a polled batch in one transaction, so a batch costs one commit. When the batch
 * fails for a reason that retrying will not cure, each record is retried in its own transaction and the one that
 * still fails goes to the dead-letter topic with the reason: a poison message never stops the consumer, and the
 * valid records around it are processed. When the failure is transient (database or broker unavailable), the
 * exception propagates and the container retries the batch with back-off, dead-lettering nothing.
 */
public class ResilientBatchProcessor implements BatchMessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(ResilientBatchProcessor.class);

    private final RecordHandler handler;
    private final TransactionTemplate transactions;
    private final DeadLetters deadLetters;

    public ResilientBatchProcessor(RecordHandler handler, TransactionTemplate transactions, DeadLetters deadLetters) {
        this.handler = handler;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        try {
            transactions.executeWithoutResult(status -> handler.handle(records));
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                throw e;
            }
            if (records.size() == 1) {
                ConsumerRecord<String, byte[]> poison = records.getFirst();
                log.warn("record {}/{}/{} failed; dead-lettering it", poison.topic(), poison.partition(),
                        poison.offset(), e);
                transactions.executeWithoutResult(status -> deadLetters.record(poison, "PROCESSING_FAILED",
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
                return;
            }
            log.info("batch of {} failed ({}); retrying record by record", records.size(), e.getClass().getSimpleName());
            for (ConsumerRecord<String, byte[]> record : records) {
                onMessage(List.of(record));
            }
        }
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof RetriableException || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
