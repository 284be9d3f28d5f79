package no.nav.overgang.platform.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects writes made during a database transaction and applies them in one statement just before it commits,
 * in the same transaction: a batch of a hundred events costs one round trip to the database instead of a hundred,
 * and a row many writers update (a counter) is locked only from the flush to the commit. A rollback discards them;
 * a rollback to a savepoint discards what was added since a {@link #mark()} taken with it ({@link Mark#reset()}).
 *
 * @param <T> what is collected
 */
public final class BeforeCommit<T> {

    private final Consumer<List<T>> flush;
    private final Runnable afterCommit;
    private final boolean inserts;

    /**
     * Writes that must wait for the commit, such as increments of a row many writers update.
     *
     * @param flush       applies the collected items, in the order they were added, inside the transaction
     * @param afterCommit runs once the transaction has committed (e.g. wakes a publisher); may do nothing
     */
    public BeforeCommit(Consumer<List<T>> flush, Runnable afterCommit) {
        this(flush, afterCommit, false);
    }

    private BeforeCommit(Consumer<List<T>> flush, Runnable afterCommit, boolean inserts) {
        this.flush = flush;
        this.afterCommit = afterCommit;
        this.inserts = inserts;
    }

    /**
     * Writes that only insert rows of their own (new keys, no row another transaction updates), so they may also be
     * written earlier than the commit: {@link #flushInserts()} does that before a transaction locks a shared row.
     */
    public static <T> BeforeCommit<T> inserts(Consumer<List<T>> flush, Runnable afterCommit) {
        return new BeforeCommit<>(flush, afterCommit, true);
    }

    /**
     * Applies every collection of inserts the current transaction has so far, in the order they were started. Call it
     * just before locking a row that every consumer thread updates (the business clock's): else the bulk of a batch's
     * writes would run while that lock is held, and the threads would write one after another. Collections that must
     * wait for the commit are left alone, so no lock is taken in a new order.
     */
    public static void flushInserts() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof BeforeCommit<?>.Flusher flusher && flusher.owner().inserts) {
                flusher.writePending();
            }
        }
    }

    /** Adds an item to the current transaction's collection; refuses to run outside a transaction. */
    public void add(T item, String refusal) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(refusal);
        }
        pending().items.add(item);
    }

    /** Applies what the current transaction has collected so far at once, e.g. before a query that reads it back. */
    @SuppressWarnings("unchecked")
    public void flushNow() {
        Pending<T> pending = (Pending<T>) TransactionSynchronizationManager.getResource(this);
        if (pending != null) {
            pending.flush(flush);
        }
    }

    /**
     * Where every collection of the current transaction stands, taken together with a savepoint: after a rollback to
     * that savepoint, {@link Mark#reset()} discards what was collected since and collects again what was flushed since
     * (the rollback undid that write), so the transaction commits as if the work between them never ran.
     */
    public static Mark mark() {
        Map<Pending<?>, Position> at = new HashMap<>();
        TransactionSynchronizationManager.getResourceMap().forEach((key, value) -> {
            if (key instanceof BeforeCommit<?> && value instanceof Pending<?> pending) {
                at.put(pending, new Position(pending.items.size(), pending.flushed));
            }
        });
        return new Mark(at);
    }

    /** The collections of a transaction at a savepoint; see {@link #mark()}. */
    public static final class Mark {

        private final Map<Pending<?>, Position> at;

        private Mark(Map<Pending<?>, Position> at) {
            this.at = at;
        }

        /** Call only after rolling back to the savepoint taken with the mark. */
        public void reset() {
            TransactionSynchronizationManager.getResourceMap().forEach((key, value) -> {
                if (key instanceof BeforeCommit<?> && value instanceof Pending<?> pending) {
                    Position position = at.getOrDefault(pending, new Position(0, 0));
                    pending.items.subList(position.size(), pending.items.size()).clear();
                    pending.flushed = Math.min(pending.flushed, position.flushed());
                }
            });
        }
    }

    private record Position(int size, int flushed) {
    }

    /** A transaction's items; those before {@code flushed} are written, and kept until commit for a {@link Mark}. */
    private static final class Pending<E> {

        private final List<E> items = new ArrayList<>();
        private int flushed;

        private void flush(Consumer<List<E>> to) {
            if (flushed < items.size()) {
                to.accept(List.copyOf(items.subList(flushed, items.size())));
                flushed = items.size();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Pending<T> pending() {
        Pending<T> items = (Pending<T>) TransactionSynchronizationManager.getResource(this);
        if (items == null) {
            Pending<T> fresh = new Pending<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new Flusher(fresh));
            items = fresh;
        }
        return items;
    }

    /** Writes one transaction's items of this collection before it commits. */
    private final class Flusher implements TransactionSynchronization {

        private final Pending<T> items;

        private Flusher(Pending<T> items) {
            this.items = items;
        }

        private BeforeCommit<T> owner() {
            return BeforeCommit.this;
        }

        private void writePending() {
            items.flush(flush);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            writePending();
        }

        @Override
        public void afterCommit() {
            afterCommit.run();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommit.this);
        }
    }
}
