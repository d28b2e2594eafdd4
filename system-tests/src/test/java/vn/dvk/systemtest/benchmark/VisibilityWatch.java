package vn.dvk.systemtest.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads reporting's count of a year's models every {@value #POLL_MILLIS} ms while registrations are made, so that the
 * delay from each registration's answer to the moment the statistics count it can be told afterwards: the statistics
 * count the k-th answered registration once they count k more than before the run (a count only grows).
 */
final class VisibilityWatch implements AutoCloseable {

    private static final long POLL_MILLIS = 25;

    private record Sample(long atNanos, long count) {
    }

    private final ReportingProbe reporting;
    private final int year;
    private final long before;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread poller;
    private volatile boolean stopped;

    VisibilityWatch(ReportingProbe reporting, int year) {
        this.reporting = reporting;
        this.year = year;
        this.before = reporting.counted(year);
        this.poller = new Thread(this::poll, "statistics-watch");
        poller.setDaemon(true);
        poller.start();
    }

    /** Waits until the statistics count {@code n} more models than before, or {@code limit} has passed; the count. */
    long awaitCounted(int n, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (last() < n && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(Duration.ofMillis(POLL_MILLIS).toNanos());
        }
        return last();
    }

    /**
     * Milliseconds from each answer until the statistics counted as many registrations as had been answered by then,
     * sorted; registrations never counted are left out (compare the length with the answers).
     */
    long[] delaysMillis(long[] answeredNanos) {
        long[] answers = answeredNanos.clone();
        Arrays.sort(answers);
        List<Sample> seen;
        synchronized (samples) {
            seen = List.copyOf(samples);
        }
        long[] delays = new long[answers.length];
        int counted = 0;
        int sample = 0;
        for (int k = 1; k <= answers.length; k++) {
            while (sample < seen.size() && seen.get(sample).count() < k) {
                sample++;
            }
            if (sample == seen.size()) {
                break;
            }
            delays[counted++] = Math.max(0, seen.get(sample).atNanos() - answers[k - 1]) / 1_000_000;
        }
        long[] result = Arrays.copyOf(delays, counted);
        Arrays.sort(result);
        return result;
    }

    private long last() {
        synchronized (samples) {
            return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).count();
        }
    }

    private void poll() {
        while (!stopped) {
            try {
                long count = reporting.counted(year) - before;
                long at = System.nanoTime();
                synchronized (samples) {
                    samples.add(new Sample(at, count));
                }
            } catch (RuntimeException unanswered) {
                // A read that failed under load is a sample missed; the next one is 25 ms away.
            }
            LockSupport.parkNanos(Duration.ofMillis(POLL_MILLIS).toNanos());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        poller.join();
    }
}
