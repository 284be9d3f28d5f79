package no.nav.overgang.platform.consumer;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@link RecordHandler} over a polled batch in one transaction, so a batch costs one commit. When the batch
 * fails for a reason that retrying will not cure, each record is retried in its own transaction and the one that
 * still fails goes to the dead-letter topic with the reason: a poison message never stops the consumer, and the
 * valid records around it are processed. When the failure is transient (database or broker unavailable), the
 * exception propagates and the container retries the batch with back-off, dead-lettering nothing.
 */
public class ResilientBatchProcessor implements BatchConsumerAwareMessageListener<String, byte[]> {

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
        onMessage(records, (Consumer<?, ?>) null);
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        try {
            transactions.executeWithoutResult(status -> handler.handle(records, consumer));
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
                if (consumer != null) {
                    // the poll is handled: nothing left for the handler but the consumer's positions
                    transactions.executeWithoutResult(status -> handler.handle(List.of(), consumer));
                }
                return;
            }
            log.info("batch of {} failed ({}); retrying record by record", records.size(), e.getClass().getSimpleName());
            for (int i = 0; i < records.size(); i++) {
                // the consumer's positions hold once every record polled is handled: only with the last one
                onMessage(List.of(records.get(i)), i == records.size() - 1 ? consumer : null);
            }
        }
    }

    /**
     * A commit or rollback that failed for a reason Spring's translator did not recognise: a record cannot cause that
     * (a poison record fails in the handler, and a constraint checked at commit is translated), the connection can.
     * The fault test found a milestone dead-lettered with "JDBC rollback failed" while PostgreSQL restarted.
     */
    private static boolean isConnectionLoss(Throwable t) {
        return t instanceof TransactionSystemException
                || t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }

    /** Whether retrying may cure the failure: the database or broker was unavailable, not the input wrong. */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof RetriableException || t instanceof ConnectException
                    || isConnectionLoss(t)) {
                return true;
            }
        }
        return false;
    }
}
