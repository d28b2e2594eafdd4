package vn.dvk.localstack.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * Makes every write durable before it is acknowledged, with one commit and one {@code fsync} for all the writes that
 * arrive while the previous commit is on its way to the disk (group commit).
 *
 * <p>A write runs under the shared side of a lock and then draws a ticket. A commit takes the exclusive side only for
 * {@link MVStore#commit()} (which serialises the changed pages and writes them to the file), so the file only ever
 * holds whole commands, never half of an insert and its index entries. The {@code fsync} runs outside it: the next
 * writes apply in memory meanwhile and are covered together by the next commit. The store must be opened with
 * auto-commit disabled and no auto-commit buffer, so that MVStore itself never stores in the middle of a command.
 */
public final class GroupCommit {

    private final MVStore store;
    private final LongConsumer onDurable;
    private final ReentrantReadWriteLock applying = new ReentrantReadWriteLock();
    private final ReentrantLock committing = new ReentrantLock();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private long durable;

    /**
     * @param onDurable told the MVStore version after each commit has reached the disk
     */
    public GroupCommit(MVStore store, LongConsumer onDurable) {
        this.store = store;
        this.onDurable = onDurable;
    }

    /**
     * Runs a write and returns once it is on disk. A write that fails may have changed something before failing (an
     * unordered insert of many documents), so it is made durable too before its error is answered.
     */
    public <T> T write(Supplier<T> command) {
        T result = null;
        RuntimeException failure = null;
        long ticket;
        applying.readLock().lock();
        try {
            result = command.get();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            ticket = applied.incrementAndGet();
            applying.readLock().unlock();
        }
        awaitDurable(ticket);
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /** How many writes were acknowledged and how many commits made them durable, for the store's closing log line. */
    public String statistics() {
        long writes = applied.get();
        long count = commits.get();
        return writes + " writes in " + count + " commits"
                + (count == 0 ? "" : String.format(" (%.1f writes per commit)", (double) writes / count));
    }

    private void awaitDurable(long ticket) {
        committing.lock();
        try {
            if (durable < ticket) {
                commitAndSync();
            }
        } finally {
            committing.unlock();
        }
    }

    /** Called with {@code committing} held. */
    private void commitAndSync() {
        long covered;
        long version;
        applying.writeLock().lock();
        try {
            covered = applied.get();
            version = store.commit();
        } finally {
            applying.writeLock().unlock();
        }
        // -1: nothing had changed since the last commit, which was synced before it returned.
        if (version >= 0) {
            store.sync();
            commits.incrementAndGet();
            onDurable.accept(version);
        }
        durable = covered;
    }
}
