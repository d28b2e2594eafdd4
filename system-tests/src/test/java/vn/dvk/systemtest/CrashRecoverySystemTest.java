package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.localstack.store.StoreProcess;
import vn.dvk.testsupport.KafkaBrokerProcess;
import vn.dvk.testsupport.ServiceClient;

/**
 * The embedded stack's processes killed with SIGKILL under load, as a power cut or the OOM killer would: the embedded
 * store (its own JVM and file, as {@code ./dvk} runs it) five times, then registration-service. No registration
 * answered 201 is lost, none is stored twice, and reporting, started after the store's crashes, counts exactly what is
 * stored, live and after a rebuild. Runs on its own broker and store, so that the figures are those of this test alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoverySystemTest {

    private static final int CLIENTS = 8;
    private static final int STORE_KILLS = 5;
    private static final int REGISTRATION_KILLS = 2;
    private static final int CREATED_BETWEEN_KILLS = 30;
    private static final int STORE_KILL_YEAR = 2023;
    private static final int REGISTRATION_KILL_YEAR = 2024;
    /** Generous: a service restarted while other JVMs compete for two cores has taken over five minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final Duration PROGRESS = Duration.ofMinutes(5);
    /**
     * How long a request cut off by a kill holds its key before a retry reruns it: shorter than the default, so that
     * the clients' retries settle quickly, and still far longer than a registration takes.
     */
    private static final String IDEMPOTENCY_LEASE = "10s";

    @TempDir
    static Path dir;

    private KafkaBrokerProcess kafka;
    private StoreProcess store;
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile ServiceProcess registration;
    private ServiceProcess reporting;

    @BeforeAll
    void startKafkaStoreAndRegistration() {
        kafka = new KafkaBrokerProcess(dir.resolve("kafka"));
        kafka.start();
        store = new StoreProcess(dir.resolve("store/dvk.mv")).start();
        startRegistration();
    }

    @AfterAll
    void stopEverything() {
        ServiceProcess.stopStack(services, store, kafka);
    }

    @Test
    @Order(1)
    void no_registration_answered_201_is_lost_when_the_store_is_killed_five_times_under_load() {
        RegistrationLoad load = RegistrationLoad.start(() -> registration.url(""), STORE_KILL_YEAR, CLIENTS);
        try {
            for (int kill = 0; kill < STORE_KILLS; kill++) {
                load.awaitCreated(load.created() + CREATED_BETWEEN_KILLS, PROGRESS);
                store.kill();
                store.start();
            }
            load.awaitCreated(load.created() + CREATED_BETWEEN_KILLS, PROGRESS);
        } finally {
            load.stop();
        }

        load.assertSettledWithoutLossOrDuplicate();
    }

    @Test
    @Order(2)
    void no_registration_is_lost_or_stored_twice_when_registration_service_is_killed_under_load() {
        // Reporting starts once the store's crashes are over and follows these registrations live; its start
        // overlaps this test's, which keeps the class's run time down.
        reporting = ServiceProcess.start("reporting-service", "crash-recovery-reporting-service",
                kafka.bootstrapServers(), store.connectionString(), Map.of("DVK_SCOPE", "14"));
        services.add(reporting);
        RegistrationLoad load = RegistrationLoad.start(() -> registration.url(""), REGISTRATION_KILL_YEAR, CLIENTS);
        try {
            for (int kill = 0; kill < REGISTRATION_KILLS; kill++) {
                load.awaitCreated(load.created() + CREATED_BETWEEN_KILLS, PROGRESS);
                registration.kill();
                startRegistration();
            }
            load.awaitCreated(load.created() + CREATED_BETWEEN_KILLS, PROGRESS);
        } finally {
            load.stop();
        }

        load.assertSettledWithoutLossOrDuplicate();
    }

    @Test
    @Order(3)
    void reporting_started_after_the_store_crashes_counts_what_is_stored_live_and_after_a_rebuild() {
        reporting.awaitReady(STARTUP);
        Map<Integer, Long> stored = Map.of(STORE_KILL_YEAR, modelsStored(STORE_KILL_YEAR),
                REGISTRATION_KILL_YEAR, modelsStored(REGISTRATION_KILL_YEAR));
        assertThat(stored.values()).as("registrations stored by the crash tests").allMatch(count -> count > 0);

        await("live figures equal the registrations stored").atMost(PROGRESS).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(provinceTotals(reporting)).isEqualTo(stored));

        ReadModelFigures.rebuild(reporting.url(""), PROGRESS);
        assertThat(provinceTotals(reporting)).as("figures after the rebuild").isEqualTo(stored);
    }

    private long modelsStored(int year) {
        ServiceClient.Reply page = new ServiceClient(registration.url(""))
                .get("/api/v1/models?year=" + year + "&size=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().path("total").asLong();
    }

    private static Map<Integer, Long> provinceTotals(ServiceProcess reporting) {
        return Map.of(STORE_KILL_YEAR, provinceTotal(reporting, STORE_KILL_YEAR),
                REGISTRATION_KILL_YEAR, provinceTotal(reporting, REGISTRATION_KILL_YEAR));
    }

    private static long provinceTotal(ServiceProcess reporting, int year) {
        ServiceClient.Reply statistics = new ServiceClient(reporting.url(""))
                .get("/api/v1/statistics/models?unit=14&year=" + year);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        return statistics.json().path("total").asLong();
    }

    private void startRegistration() {
        ServiceProcess started = ServiceProcess.start("registration-service", "crash-recovery-registration-service",
                kafka.bootstrapServers(), store.connectionString(),
                Map.of("DVK_SCOPE", "14", "DVK_IDEMPOTENCY_LEASE", IDEMPOTENCY_LEASE));
        services.add(started);
        registration = started.awaitReady(STARTUP);
    }
}
