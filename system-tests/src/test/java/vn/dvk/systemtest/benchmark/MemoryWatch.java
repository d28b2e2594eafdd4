package vn.dvk.systemtest.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The highest heap use (from the service's Prometheus metrics) and resident set size (from {@code /proc}, on Linux)
 * of a service's process seen while it works, sampled every half second.
 */
final class MemoryWatch implements AutoCloseable {

    private static final Duration EVERY = Duration.ofMillis(500);

    private final ProcessHandle process;
    private final ReportingProbe metrics;
    private final Thread sampler;
    private volatile boolean stopped;
    private volatile long peakHeap;
    private volatile long peakResident;

    MemoryWatch(ProcessHandle process, ReportingProbe metrics) {
        this.process = process;
        this.metrics = metrics;
        this.sampler = new Thread(this::sample, "memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakHeapBytes() {
        return peakHeap;
    }

    /** 0 where {@code /proc} does not exist. */
    long peakResidentBytes() {
        return peakResident;
    }

    private void sample() {
        while (!stopped) {
            try {
                peakHeap = Math.max(peakHeap, metrics.heapUsed());
            } catch (RuntimeException unanswered) {
                // A busy service may miss a sample; the next one is half a second away.
            }
            peakResident = Math.max(peakResident, residentBytes());
            LockSupport.parkNanos(EVERY.toNanos());
        }
    }

    private long residentBytes() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join();
    }
}
