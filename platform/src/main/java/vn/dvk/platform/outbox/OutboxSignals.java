package vn.dvk.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Tells the relay, in-process, which aggregate documents have just been written with new outbox entries, so that it
 * loads them by {@code _id} at once instead of polling every outbox collection. A signal lost with its process costs
 * nothing: the relay's recovery sweep finds every entry still waiting.
 */
public final class OutboxSignals {

    /** An aggregate document written with outbox entries. */
    record Written(String collection, Object id) {
    }

    private final Queue<Written> written = new ConcurrentLinkedQueue<>();
    private volatile Runnable listener = () -> {
    };

    /** Called by the aggregate store once the write that appended outbox entries has been acknowledged. */
    void written(String collection, Object id) {
        written.add(new Written(collection, id));
        listener.run();
    }

    /** Runs {@code wakeUp} after every signal; it must return quickly (hand the work to another thread). */
    void listen(Runnable wakeUp) {
        this.listener = wakeUp;
    }

    /** Takes up to {@code max} signals, oldest first. */
    List<Written> take(int max) {
        List<Written> taken = new ArrayList<>(Math.min(max, 64));
        Written next;
        while (taken.size() < max && (next = written.poll()) != null) {
            taken.add(next);
        }
        return taken;
    }

    boolean isEmpty() {
        return written.isEmpty();
    }
}
