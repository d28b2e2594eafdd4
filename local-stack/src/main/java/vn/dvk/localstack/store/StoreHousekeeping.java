package vn.dvk.localstack.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What MVStore's background thread would do if auto-commit were on: rewrite the live pages of chunks that are mostly
 * dead, so that their space can be reused and the file does not grow with every commit. Auto-commit is off (see
 * {@link GroupCommit}), so this runs on a thread of its own. The rewritten pages are only marked changed in memory;
 * the next group commit stores them, so the file still changes only by whole commands.
 */
public final class StoreHousekeeping {

    private static final int TARGET_FILL_RATE = 60;
    private static final int REWRITE_BYTES_PER_RUN = 4 * 1024 * 1024;
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(StoreHousekeeping.class);

    private final MVStore store;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread housekeeping = new Thread(runnable, "store-housekeeping");
        housekeeping.setDaemon(true);
        return housekeeping;
    });

    private StoreHousekeeping(MVStore store) {
        this.store = store;
    }

    public static StoreHousekeeping start(MVStore store) {
        StoreHousekeeping housekeeping = new StoreHousekeeping(store);
        housekeeping.thread.scheduleWithFixedDelay(housekeeping::rewriteSparseChunks, INTERVAL.toMillis(),
                INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return housekeeping;
    }

    void rewriteSparseChunks() {
        try {
            if (!store.isClosed()) {
                store.compact(TARGET_FILL_RATE, REWRITE_BYTES_PER_RUN);
            }
        } catch (RuntimeException e) {
            // A failed rewrite changes nothing that is stored; the store reports real trouble on the next commit.
            log.warn("store housekeeping failed: {}", e.toString());
        }
    }

    /** Stops the thread and waits for a rewrite under way, so that the store can be closed. */
    public void stop() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
