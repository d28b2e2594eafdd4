package vn.dvk.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ids for the resources a request creates. Outside a keyed request each id is a fresh UUID. Inside a request carrying
 * an {@code Idempotency-Key}, the ids follow from the id claimed with the key: the first is that id, the next ones are
 * derived from it. So a request run again after its first run died half-way (the process was killed) creates the
 * same resources under the same ids, and the store recognises what the first run already wrote instead of creating
 * duplicates.
 */
public final class ResourceIds {

    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    private ResourceIds() {
    }

    /** The id for the next resource this request creates. */
    public static String next() {
        Context context = CURRENT.get();
        if (context == null) {
            return UUID.randomUUID().toString();
        }
        int issued = context.issued().getAndIncrement();
        return issued == 0 ? context.seed()
                : UUID.nameUUIDFromBytes((context.seed() + "#" + issued).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Whether this request runs again for a key whose first run never finished: a resource it finds already stored
     * under one of its ids was written by that first run.
     */
    public static boolean isRerun() {
        Context context = CURRENT.get();
        return context != null && context.rerun();
    }

    /** Binds ids to the current thread until the returned handle is closed. */
    public static Binding bind(String seed, boolean rerun) {
        CURRENT.set(new Context(seed, rerun, new AtomicInteger()));
        return CURRENT::remove;
    }

    /** Ends a binding. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    private record Context(String seed, boolean rerun, AtomicInteger issued) {
    }
}
