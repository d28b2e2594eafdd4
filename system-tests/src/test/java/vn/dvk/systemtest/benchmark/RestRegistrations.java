package vn.dvk.systemtest.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import vn.dvk.testsupport.ServiceClient;

/**
 * {@code n} registrations through registration-service's REST API by concurrent clients, as a unit's clerk registers
 * (each with its own {@code Idempotency-Key}), either as fast as the answers come or at a steady rate (registration i
 * is sent no earlier than i / rate seconds after the start). Records when each request was sent and answered.
 */
final class RestRegistrations {

    /** Units of Yên Châu district (124), where the demo clerk {@value #CLERK} may register. */
    private static final List<String> UNITS = List.of("04063", "04066", "04069", "04072", "04075", "04096",
            "124.PNV", "04096.THCS");
    static final String CLERK = "yenchau.canbo";

    /** Send and answer times of the registrations answered 201, in System.nanoTime. */
    record Answers(long[] sentNanos, long[] answeredNanos, long startNanos, long endNanos) {

        int count() {
            return answeredNanos.length;
        }

        double perSecond() {
            return count() / ((endNanos - startNanos) / 1e9);
        }

        /** Milliseconds from sending to the answer, sorted. */
        long[] latencyMillis() {
            long[] millis = new long[count()];
            for (int i = 0; i < millis.length; i++) {
                millis[i] = (answeredNanos[i] - sentNanos[i]) / 1_000_000;
            }
            Arrays.sort(millis);
            return millis;
        }
    }

    private final ServiceClient registration;
    private final DemoToken clerk;

    RestRegistrations(BenchmarkStack stack, DemoToken clerk) {
        this.registration = new ServiceClient(stack.url("registration-service"));
        this.clerk = clerk;
    }

    /**
     * Registers {@code n} models of {@code year} with {@code clients} clients; {@code rate} registrations per second,
     * or as fast as they are answered when {@code rate} is 0.
     */
    Answers register(int n, int year, int clients, double rate) throws Exception {
        long[] sent = new long[n];
        long[] answered = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> refusal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n && refusal.get() == null; i = next.getAndIncrement()) {
                    if (rate > 0) {
                        long due = start + (long) (i * 1e9 / rate);
                        LockSupport.parkNanos(due - System.nanoTime());
                    }
                    sent[i] = System.nanoTime();
                    ServiceClient.Reply reply = registration.withToken(clerk.current()).post("/api/v1/models",
                            body(i, year), Map.of("Idempotency-Key", "bench-" + UUID.randomUUID()));
                    answered[i] = System.nanoTime();
                    if (reply.status() != 201) {
                        refusal.compareAndSet(null, "registration " + i + " answered " + reply.status() + ": "
                                + reply.body());
                    }
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        if (refusal.get() != null) {
            throw new IllegalStateException(refusal.get());
        }
        long end = Arrays.stream(answered).max().orElse(start);
        return new Answers(sent, answered, start, end);
    }

    private static String body(int i, int year) {
        return """
                {"year": %d, "unitCode": "%s", "level": "GRASSROOTS", "field": "ECONOMY",
                 "ownerType": "COLLECTIVE", "kind": "MODEL", "name": "Mô hình đo tải số %d",
                 "address": "Sơn La", "content": "Vận động nhân dân làm đường bê tông nông thôn",
                 "ownerName": "Tổ dân vận số %d", "personInCharge": "Người phụ trách %d",
                 "startDate": "%d-01-01", "endDate": "%d-12-31"}
                """.formatted(year, UNITS.get(i % UNITS.size()), i, i, i, year, year);
    }
}
