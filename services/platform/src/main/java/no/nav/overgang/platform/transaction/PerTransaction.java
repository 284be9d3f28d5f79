package no.nav.overgang.platform.transaction;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that belongs to the current database transaction: made on first use, dropped when the transaction ends, and
 * optionally handed on once it has committed. For what a consumer batch collects before it acts on it (markers noted,
 * late milestones, watermarks read).
 *
 * @param <T> the value
 */
public final class PerTransaction<T> {

    private final Supplier<T> fresh;
    private final Consumer<T> afterCommit;

    public PerTransaction(Supplier<T> fresh) {
        this(fresh, value -> {
        });
    }

    /** @param afterCommit receives the transaction's value once it has committed (not after a rollback) */
    public PerTransaction(Supplier<T> fresh, Consumer<T> afterCommit) {
        this.fresh = fresh;
        this.afterCommit = afterCommit;
    }

    /** The current transaction's value; null outside a transaction or before {@link #get()} made one. */
    @SuppressWarnings("unchecked")
    public T ifAny() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (T) TransactionSynchronizationManager.getResource(this) : null;
    }

    /** The current transaction's value, made now when it has none; refuses to run outside a transaction. */
    public T get() {
        T value = ifAny();
        if (value != null) {
            return value;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a value of the current transaction, outside a transaction");
        }
        T made = fresh.get();
        TransactionSynchronizationManager.bindResource(this, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.accept(made);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PerTransaction.this);
            }
        });
        return made;
    }
}
