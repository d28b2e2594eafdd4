package vn.dvk.reporting.projection.application;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets live consumption and the end of a rebuild exclude each other: live events apply under the shared lock, a
 * rebuild holds the exclusive one only while it folds the events that came during it and switches the active
 * generation of the read models (ADR 0023), so no live batch applies to the old generation after the switch.
 */
@Component
public class ProjectionGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public void live(Runnable action) {
        lock.readLock().lock();
        try {
            action.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T exclusive(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
