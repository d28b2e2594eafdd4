package vn.dvk.systemtest.benchmark;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import vn.dvk.testsupport.ServiceClient;

/**
 * What reporting-service shows, read through its REST API as the province's administrator: how many models of a year
 * its statistics count (the read models have applied an event once it is counted there), and its rebuild.
 */
final class ReportingProbe {

    private static final Duration POLL = Duration.ofMillis(20);

    private final ServiceClient reporting;
    private final DemoToken admin;

    ReportingProbe(BenchmarkStack stack, DemoToken admin) {
        this.reporting = new ServiceClient(stack.url("reporting-service"));
        this.admin = admin;
    }

    /** Models of {@code year} in the province that the statistics count now. */
    long counted(int year) {
        ServiceClient.Reply reply = call().get("/api/v1/statistics/models?unit=" + BenchmarkStack.SCOPE + "&year="
                + year);
        if (reply.status() != 200) {
            throw new IllegalStateException("statistics answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().path("total").asLong();
    }

    /** How far the statistics of a year got: the count reached and when (System.nanoTime). */
    record Reached(long count, long atNanos) {
    }

    /** Waits until the statistics of {@code year} count {@code target} models, or until {@code limit} has passed. */
    Reached awaitCounted(int year, long target, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        long count = counted(year);
        while (count < target && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(POLL.toNanos());
            count = counted(year);
        }
        return new Reached(count, System.nanoTime());
    }

    /** Starts a rebuild of every read model; its progress as answered. */
    JsonNode startRebuild() {
        ServiceClient.Reply reply = call().post("/api/v1/admin/rebuild", "{}");
        if (reply.status() != 202) {
            throw new IllegalStateException("rebuild answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    JsonNode rebuildProgress() {
        return call().get("/api/v1/admin/rebuild").json();
    }

    /** The heap the service uses now (bytes), from its Prometheus metrics. */
    long heapUsed() {
        String metrics = call().get("/actuator/prometheus").body();
        return metrics.lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private ServiceClient call() {
        return reporting.withToken(admin.current());
    }
}
