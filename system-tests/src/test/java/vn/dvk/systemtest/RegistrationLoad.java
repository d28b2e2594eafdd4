package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.dvk.testsupport.ServiceClient;

/**
 * Concurrent clients registering models through registration-service's REST API as a careful client does: every
 * registration has its own {@code Idempotency-Key}, and a request that gets no answer (the connection was cut) or a
 * server error is sent again with the same key and body until it is answered 201.
 */
final class RegistrationLoad {

    /** The units the crash tests register in: communes, district departments and schools of Yên Châu. */
    static final List<String> UNITS = List.of("04063", "04066", "04069", "04072", "04075", "04096", "04105",
            "124.PNV", "04096.THCS");
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);
    /** Longer than a killed registration-service takes to be restarted and ready on a loaded machine. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(15);

    private final Supplier<URI> registration;
    private final int year;
    private final List<String> units;
    private final Map<String, String> createdByKey = new ConcurrentHashMap<>();
    private final Map<String, String> unitByCreatedKey = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> refusalsByStatus = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicReference<String> unexpected = new AtomicReference<>();
    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean stopping;

    private RegistrationLoad(Supplier<URI> registration, int year, List<String> units, int clientCount) {
        this.registration = registration;
        this.year = year;
        this.units = List.copyOf(units);
        this.clients = Executors.newFixedThreadPool(clientCount);
    }

    /**
     * Starts {@code clientCount} clients registering models of {@code year} at the registration-service that
     * {@code registration} names at the moment of each request (it may move to another port after a restart).
     */
    static RegistrationLoad start(Supplier<URI> registration, int year, int clientCount) {
        return start(registration, year, UNITS, clientCount);
    }

    /** The same, registering in {@code units} in turn. */
    static RegistrationLoad start(Supplier<URI> registration, int year, List<String> units, int clientCount) {
        RegistrationLoad load = new RegistrationLoad(registration, year, units, clientCount);
        for (int i = 0; i < clientCount; i++) {
            load.running.add(load.clients.submit(load::registerUntilStopped));
        }
        return load;
    }

    /** Registrations answered 201 so far. */
    int created() {
        return createdByKey.size();
    }

    /** Waits until at least {@code count} registrations have been answered 201. */
    void awaitCreated(int count, Duration timeout) {
        await(count + " registrations answered 201 of year " + year).atMost(timeout)
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    if (unexpected.get() != null) {
                        throw new AssertionError(unexpected.get());
                    }
                    return created() >= count;
                });
    }

    /** Sends no new registration; each one under way is retried until answered, then the clients end. */
    void stop() {
        stopping = true;
        try {
            for (Future<?> client : running) {
                client.get(ANSWER_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("a client did not finish", e);
        } finally {
            clients.shutdownNow();
        }
    }

    /** Model ids by the key that created them. */
    Map<String, String> createdByKey() {
        return Map.copyOf(createdByKey);
    }

    /**
     * Every key was retried until answered 201, so the store must hold exactly one model per key: each answered id is
     * found, and there are no more models of the year than keys. Call after {@link #stop}.
     */
    void assertSettledWithoutLossOrDuplicate() {
        assertSettledWithoutLossOrDuplicate(List.of(this));
    }

    /** The same for loads that registered in one year one after the other: the year's models are all of theirs. */
    static void assertSettledWithoutLossOrDuplicate(List<RegistrationLoad> loadsOfOneYear) {
        Map<String, String> created = new HashMap<>();
        for (RegistrationLoad load : loadsOfOneYear) {
            assertThat(load.unexpectedAnswer()).as("an answer no retry can fix").isNull();
            created.putAll(load.createdByKey);
        }
        RegistrationLoad first = loadsOfOneYear.get(0);
        ServiceClient registry = new ServiceClient(first.registration.get());
        Set<String> lost = created.values().stream()
                .filter(id -> registry.get("/api/v1/models/" + id).status() != 200)
                .collect(Collectors.toSet());
        assertThat(lost).as("registrations answered 201 but not found").isEmpty();
        assertThat(new HashSet<>(created.values())).as("one model per key").hasSize(created.size());
        ServiceClient.Reply page = registry.get("/api/v1/models?year=" + first.year + "&size=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().path("total").asLong()).as("models stored for %d keys answered 201 (%d requests cut"
                + " off, answers retried by status %s, all retried with their key)", created.size(),
                loadsOfOneYear.stream().mapToInt(RegistrationLoad::unanswered).sum(),
                loadsOfOneYear.stream().map(RegistrationLoad::refusalsByStatus).toList()).isEqualTo(created.size());
    }

    /** How many registrations answered 201 each unit holds. */
    Map<String, Long> createdPerUnit() {
        return unitByCreatedKey.values().stream().collect(Collectors.groupingBy(unit -> unit, Collectors.counting()));
    }

    /** The answers retried, by HTTP status: what a client saw while a part of the stack was away. */
    Map<Integer, Integer> refusalsByStatus() {
        Map<Integer, Integer> counts = new TreeMap<>();
        refusalsByStatus.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** Requests that got no answer at all: their connection was cut. */
    int unanswered() {
        return unanswered.get();
    }

    /** Requests answered with a server error (5xx) or "this key is being processed" (409), then retried. */
    int serverErrors() {
        return serverErrors.get();
    }

    /** The first answer no careful client expects (a 4xx other than a key in use), or null. */
    String unexpectedAnswer() {
        return unexpected.get();
    }

    private void registerUntilStopped() {
        while (!stopping && unexpected.get() == null) {
            int number = numbers.incrementAndGet();
            String unit = units.get(number % units.size());
            String key = "load-" + year + "-" + UUID.randomUUID();
            String body = """
                    {"year": %d, "unitCode": "%s", "level": "GRASSROOTS", "field": "ECONOMY",
                     "ownerType": "COLLECTIVE", "kind": "MODEL", "name": "Mô hình chịu lỗi số %d",
                     "address": "Sơn La", "content": "Vận động nhân dân làm đường bê tông nông thôn",
                     "ownerName": "Tổ dân vận số %d", "personInCharge": "Người phụ trách %d",
                     "startDate": "%d-01-01", "endDate": "%d-12-31"}
                    """.formatted(year, unit, number, number, number, year, year);
            if (!registerOnce(key, unit, body)) {
                return;
            }
        }
    }

    /** Sends one registration until it is answered 201; false when an unexpected answer ends the load. */
    private boolean registerOnce(String key, String unit, String body) {
        await("registration " + key + " answered").atMost(ANSWER_TIMEOUT).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(RETRY_PAUSE).until(() -> attempt(key, unit, body));
        return createdByKey.containsKey(key);
    }

    /** One request; true once it is settled (answered 201, or answered in a way no retry can change). */
    private boolean attempt(String key, String unit, String body) {
        ServiceClient.Reply reply;
        try {
            reply = new ServiceClient(registration.get()).post("/api/v1/models", body, Map.of("Idempotency-Key", key));
        } catch (UncheckedIOException cutOff) {
            unanswered.incrementAndGet();
            return false;
        }
        if (reply.status() == 201) {
            unitByCreatedKey.put(key, unit);
            createdByKey.put(key, reply.json().path("id").asString());
            return true;
        }
        if (reply.status() >= 500
                || (reply.status() == 409 && "idempotency-key-in-progress".equals(reply.text("code")))) {
            serverErrors.incrementAndGet();
            refusalsByStatus.computeIfAbsent(reply.status(), status -> new AtomicInteger()).incrementAndGet();
            return false;
        }
        unexpected.compareAndSet(null, "registration with key " + key + " answered " + reply.status() + ": "
                + reply.body());
        return true;
    }
}
