package vn.dvk.reporting.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.reporting.ReportingServiceApplication;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * Not a test: starts the test infrastructure (real Kafka broker, store) and one reporting instance scoped to the
 * province, publishes N model-registered events as fast as the producer takes them, and prints the events per second
 * that reach the read models and the delay from publishing to visible statistics (p50, p99).
 * <p>
 * The k-th published registration counts as visible when the province statistics first count at least k models,
 * read over HTTP in a tight loop; partitions are applied in parallel, so this is the delay of the k-th model to
 * become countable, the figure a person watching the dashboard sees.
 * <p>
 * Run: {@code mvn -o -q -pl reporting-service test-compile exec:java -Dexec.args="5000"}; a second argument paces
 * the publishing at that many events per second ({@code -Dexec.args="1000 50"}).
 */
public final class ReportingBenchmark {

    private static final int YEAR = 2099;
    private static final List<String> UNITS = List.of("04063", "04096", "04105", "04138", "124", "125");

    private ReportingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        System.out.printf("reporting benchmark: %d model-registered events, %s%n", n,
                rate > 0 ? "paced at " + rate + " events/s" : "published as fast as possible");
        ScopedInstance instance = ScopedInstance.start(ReportingServiceApplication.class, "14",
                "--logging.level.root=WARN",
                "--spring.cloud.stream.bindings.registrationEvents-in-0.group=bench-" + UUID.randomUUID());
        ServiceClient http = instance.http();
        String statistics = "/api/v1/statistics/models?unit=14&year=" + YEAR;
        long baseline = total(http, statistics);

        long[] published = new long[n];
        long[] visible = new long[n];
        long start;
        try (EventFeed feed = new EventFeed()) {
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ModelSnapshot model = ModelFixtures.aCollectiveModel().inUnit(UNITS.get(i % UNITS.size()))
                        .inYear(YEAR).atLevel(ManagementLevel.values()[i % 3]).inField(Field.values()[i % 4])
                        .ownedBy(i % 3 == 0 ? OwnerType.INDIVIDUAL : OwnerType.COLLECTIVE).named("Mô hình " + i)
                        .registered();
                records.add(EventFeed.record(RegistrationEvents.MODEL_REGISTERED,
                        CloudEvent.of(RegistrationEvents.MODEL_REGISTERED, "/dvk/benchmark", model.id(),
                                model.unitPath(), 1), new ModelRegistered(model, "benchmark", Instant.now())));
            }
            start = System.nanoTime();
            Thread poller = new Thread(() -> poll(http, statistics, baseline, visible));
            poller.start();
            for (int i = 0; i < n; i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    while (System.nanoTime() < due) {
                        java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                    }
                }
                published[i] = System.nanoTime();
                feed.send(records.get(i));
                if (rate > 0) {
                    feed.flush();
                }
            }
            feed.flush();
            poller.join();
        }
        long end = Arrays.stream(visible).max().orElse(start);
        double seconds = (end - start) / 1e9;
        double[] delays = new double[n];
        for (int i = 0; i < n; i++) {
            delays[i] = (visible[i] - published[i]) / 1e6;
        }
        Arrays.sort(delays);
        System.out.printf(Locale.ROOT, "events applied into the read models: %d in %.2f s = %.0f events/s%n", n,
                seconds, n / seconds);
        System.out.printf(Locale.ROOT, "delay publish -> visible statistics: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                percentile(delays, 0.50), percentile(delays, 0.99), delays[n - 1]);
        instance.close();
        System.exit(0);
    }

    private static void poll(ServiceClient http, String statistics, long baseline, long[] visible) {
        int seen = 0;
        while (seen < visible.length) {
            long total = total(http, statistics) - baseline;
            long now = System.nanoTime();
            while (seen < Math.min(total, visible.length)) {
                visible[seen++] = now;
            }
            // A dashboard refreshes far less often; polling every 10 ms keeps the probe from starving the service.
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
    }

    private static long total(ServiceClient http, String statistics) {
        return http.get(statistics).json().get("total").asLong();
    }

    private static double percentile(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
