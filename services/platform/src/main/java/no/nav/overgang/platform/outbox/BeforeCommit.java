package no.nav.overgang.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects writes made during a database transaction and applies them in one statement just before it commits,
 * in the same transaction: a batch of a hundred events costs one round trip to the database instead of a hundred,
 * and a row many writers update (a counter) is locked only from the flush to the commit. A rollback discards them.
 *
 * @param <T> what is collected
 */
public final class BeforeCommit<T> {

    private final Consumer<List<T>> flush;
    private final Runnable afterCommit;

    /**
     * @param flush       applies the collected items, in the order they were added, inside the transaction
     * @param afterCommit runs once the transaction has committed (e.g. wakes a publisher); may do nothing
     */
    public BeforeCommit(Consumer<List<T>> flush, Runnable afterCommit) {
        this.flush = flush;
        this.afterCommit = afterCommit;
    }

    /** Adds an item to the current transaction's collection; refuses to run outside a transaction. */
    public void add(T item, String refusal) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(refusal);
        }
        pending().add(item);
    }

    @SuppressWarnings("unchecked")
    private List<T> pending() {
        List<T> items = (List<T>) TransactionSynchronizationManager.getResource(this);
        if (items == null) {
            List<T> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (!fresh.isEmpty()) {
                        flush.accept(List.copyOf(fresh));
                        fresh.clear();
                    }
                }

                @Override
                public void afterCommit() {
                    afterCommit.run();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommit.this);
                }
            });
            items = fresh;
        }
        return items;
    }
}
