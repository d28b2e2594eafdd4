package vn.dvk.systemtest.benchmark;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A demo login's bearer token, signed in again in the background before it expires (tokens live 15 minutes), so that
 * a long run never stalls its clients on a sign-in.
 */
final class DemoToken implements AutoCloseable {

    private static final Duration RENEW_EVERY = Duration.ofMinutes(10);

    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "token-renewal");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String current;

    DemoToken(BenchmarkStack stack, String login) {
        current = stack.token(login);
        renewal.scheduleWithFixedDelay(() -> current = stack.token(login), RENEW_EVERY.toSeconds(),
                RENEW_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    String current() {
        return current;
    }

    @Override
    public void close() {
        renewal.shutdownNow();
    }
}
